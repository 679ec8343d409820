// Pipeline: the whole flow from an article's text to its annotated Document, in one
// place (Pipeline::Process reads top to bottom). Resources (dictionaries, lexicon,
// gazetteer) are loaded once by Create and shared read-only, so one Pipeline serves many
// threads: Process is const and keeps no state between documents.
#pragma once

#include <memory>
#include <string>

#include "faultline/document.h"
#include "faultline/status.h"
#include "pipeline/resources.h"
#include "segment/segmenter.h"

namespace faultline {

struct PipelineOptions {
  ResourceOptions resources;
  SegmentOptions segment;
};

class Pipeline {
 public:
  static Status Create(const PipelineOptions& options, std::unique_ptr<Pipeline>* pipeline);

  // Annotates `doc` in place. A document that arrives with `error` set is left alone.
  void Process(Document& doc) const;

  const Resources& resources() const { return *resources_; }

 private:
  Pipeline() = default;
  PipelineOptions options_;
  std::unique_ptr<Resources> resources_;
};

}  // namespace faultline
