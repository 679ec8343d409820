// Resources: everything the pipeline reads from disk, loaded once. Each stage owns the
// type of its resource; this struct only gathers them so that Create can load the
// bundle in one place and report which file failed.
#pragma once

#include <memory>
#include <string>

#include "code/event_coder.h"
#include "faultline/status.h"
#include "recognise/actors/actor_dictionary.h"
#include "recognise/places/gazetteer.h"
#include "segment/lexicon.h"

namespace faultline {

struct ResourceOptions {
  // Replaces the built-in dictionaries when non-empty (native, TABARI or PETRARCH format).
  std::string dictionaries_dir;
  // Built-in bundle (data/) and build-time generated files (lexicon, countries, gazetteer).
  std::string data_dir;
  std::string generated_dir;
};

// Default directories: $FAULTLINE_DATA / $FAULTLINE_GENERATED, else the paths compiled in.
std::string DefaultDataDir();
std::string DefaultGeneratedDir();

struct Resources {
  Lexicon lexicon;
  ActorDictionary actors;              // native actors, countries and agents
  std::unique_ptr<EventCoder> coder;   // native, or a legacy coder for --dictionaries
  places::Gazetteer gazetteer;         // generated/gazetteer.idx, memory-mapped
  std::string dictionary_version;
};

Status LoadResources(const ResourceOptions& options, Resources* resources);

}  // namespace faultline
