// faultline: news articles in, coded and geolocated events out. See README.md.
#include <CLI/CLI.hpp>

#include "cli/commands.h"

int main(int argc, char** argv) {
  CLI::App app{"faultline: reads news reports and writes down who did what to whom, where and when"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "faultline 0.1.0");
  int exit_code = 0;
  faultline::cli::RegisterCode(app, &exit_code);
  faultline::cli::RegisterValidate(app, &exit_code);
  faultline::cli::RegisterPlaces(app, &exit_code);
  faultline::cli::RegisterServe(app, &exit_code);
  faultline::cli::RegisterIngest(app, &exit_code);
  faultline::cli::RegisterQuery(app, &exit_code);
  faultline::cli::RegisterAlerts(app, &exit_code);
  CLI11_PARSE(app, argc, argv);
  return exit_code;
}
