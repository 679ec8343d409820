#include "pipeline/resources.h"

#include <cstdlib>
#include <fstream>

namespace faultline {

std::string DefaultDataDir() {
  if (const char* env = std::getenv("FAULTLINE_DATA")) return env;
  return FAULTLINE_DEFAULT_DATA_DIR;
}

std::string DefaultGeneratedDir() {
  if (const char* env = std::getenv("FAULTLINE_GENERATED")) return env;
  return FAULTLINE_DEFAULT_GENERATED_DIR;
}

Status LoadResources(const ResourceOptions& options, Resources* r) {
  const std::string data = options.data_dir.empty() ? DefaultDataDir() : options.data_dir;
  FL_RETURN_IF_ERROR(r->lexicon.Load("/usr/share/wordnet"));
  std::ifstream version(data + "/VERSION");
  if (!std::getline(version, r->dictionary_version)) r->dictionary_version = "unversioned";
  if (!options.dictionaries_dir.empty()) r->dictionary_version = "user:" + options.dictionaries_dir;
  return Status::Ok();
}

}  // namespace faultline
