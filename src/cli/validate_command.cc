// `faultline validate FILE`: runs a validation suite and reports each failing record with
// its expected and coded events, ending with "N passed, M failed".
//   - TABARI validation files (Validate.text with its .project/.options and dictionaries)
//   - PETRARCH-style XML records (*.xml) with the PETRARCH-format dictionaries beside them
#include <cstdio>

#include "cli/commands.h"
#include "code/legacy/petrarch_validation.h"
#include "code/legacy/tabari_validation.h"
#include "segment/lexicon.h"

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

// PETRARCH: XML validation records, dictionaries beside the file or --dictionaries.
int RunPetrarchValidate(const ValidateArgs& args) {
  Lexicon lexicon;
  Status s = lexicon.Load("/usr/share/wordnet");
  petrarch::ValidationSummary summary;
  if (s.ok()) {
    s = petrarch::RunPetrarchValidation(args.file, args.dictionaries, lexicon, args.verbose,
                                        stdout, &summary);
  }
  if (!s.ok()) {
    std::fprintf(stderr, "faultline validate: %s\n", s.message().c_str());
    return 2;
  }
  return 0;  // the report is the output; only an unreadable suite is an error
}

// TABARI: a .project, or a validation text with its project beside it. The report is
// the output, so any pass rate exits 0; only an unreadable suite is an error.
int RunTabariValidate(const ValidateArgs& args) {
  tabari::ValidationReport report;
  Status s = tabari::RunTabariValidationFile(args.file, args.dictionaries, args.verbose, stdout,
                                             &report);
  if (!s.ok()) {
    std::fprintf(stderr, "faultline validate: %s\n", s.message().c_str());
    return 2;
  }
  return 0;
}

int RunValidate(const ValidateArgs& args) {
  if (EndsWith(args.file, ".xml")) return RunPetrarchValidate(args);
  if (tabari::LooksLikeTabariSuite(args.file)) return RunTabariValidate(args);
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
