#include "pipeline/resources.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "code/legacy/legacy_coder.h"
#include "code/native/native_coder.h"

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
  const std::string builtin = options.data_dir.empty() ? DefaultDataDir() : options.data_dir;
  const std::string generated =
      options.generated_dir.empty() ? DefaultGeneratedDir() : options.generated_dir;
  FL_RETURN_IF_ERROR(r->lexicon.Load("/usr/share/wordnet"));
  // A native bundle given with --dictionaries replaces data/ (its own countries too).
  const std::string& user = options.dictionaries_dir;
  const bool user_native = !user.empty() && (std::filesystem::is_directory(user + "/verbs") ||
                                             std::filesystem::is_directory(user + "/actors"));
  const std::string data = user_native ? user : builtin;
  std::ifstream version(data + "/VERSION");
  if (!std::getline(version, r->dictionary_version)) r->dictionary_version = "unversioned";
  if (!user.empty()) r->dictionary_version = "user:" + user;
  if (!user.empty() && !user_native) {
    // TABARI or PETRARCH dictionaries: the legacy coder finds its own actors.
    Status legacy = LoadLegacyCoder(user, &r->coder);
    if (legacy.code() == Status::Code::kNotFound) {
      return Status::Unsupported(
          "no native (verbs/, actors/), TABARI or PETRARCH dictionaries in " + user);
    }
    FL_RETURN_IF_ERROR(legacy);
  } else {
    // Without the generated country names (iso-codes + world-countries, built by the
    // faultline-countries target) only data/actors' own names are known: say so, as for places.
    if (!user_native && !std::filesystem::exists(generated + "/countries.txt")) {
      std::fprintf(stderr,
                   "faultline: no generated country names in %s (build faultline-countries)\n",
                   generated.c_str());
    }
    FL_RETURN_IF_ERROR(r->actors.LoadBundle(data, user_native ? user : generated));
    std::unique_ptr<NativeCoder> coder;
    FL_RETURN_IF_ERROR(NativeCoder::Load(data, r->dictionary_version, &coder));
    r->coder = std::move(coder);
  }
  // A build without the place index still codes events; it says once that places are off.
  Status places = r->gazetteer.Open(generated + "/gazetteer.idx");
  if (!places.ok()) std::fprintf(stderr, "faultline: no places: %s\n", places.ToString().c_str());
  return Status::Ok();
}

}  // namespace faultline
