// `faultline validate FILE`: runs a validation suite and reports each failing record with
// its expected and coded events, ending with "N passed, M failed".
//   - TABARI validation files (Validate.text with its .project/.options and dictionaries)
//   - PETRARCH-style XML records (*.xml) with the PETRARCH-format dictionaries beside them
#include <cstdio>

#include "cli/commands.h"

namespace faultline::cli {
namespace {

struct ValidateArgs {
  std::string file;
  std::string dictionaries;
  bool verbose = false;
};

bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

int RunValidate(const ValidateArgs& args) {
  // Each suite format adds its branch here.
  std::fprintf(stderr, "faultline validate: unrecognised suite format: %s\n", args.file.c_str());
  (void)EndsWith;
  return 2;
}

}  // namespace

void RegisterValidate(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<ValidateArgs>();
  CLI::App* cmd = app.add_subcommand("validate", "Run a TABARI or PETRARCH validation suite");
  cmd->add_option("file", args->file, "Validation file (TABARI .text/.project or PETRARCH .xml)")
      ->required();
  cmd->add_option("--dictionaries", args->dictionaries,
                  "Dictionary directory (default: the suite's own, beside the file)");
  cmd->add_flag("-v,--verbose", args->verbose, "Also list passing records");
  cmd->callback([args, exit_code] { *exit_code = RunValidate(*args); });
}

}  // namespace faultline::cli
