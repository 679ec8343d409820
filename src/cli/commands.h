// One function per `faultline` subcommand; main.cc only parses the command line.
#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace faultline::cli {

// Each Register* adds its subcommand and the callback that runs it; the callback stores
// the process exit status in *exit_code.
void RegisterCode(CLI::App& app, int* exit_code);
void RegisterValidate(CLI::App& app, int* exit_code);
void RegisterPlaces(CLI::App& app, int* exit_code);
void RegisterServe(CLI::App& app, int* exit_code);
void RegisterIngest(CLI::App& app, int* exit_code);
void RegisterQuery(CLI::App& app, int* exit_code);
void RegisterAlerts(CLI::App& app, int* exit_code);

}  // namespace faultline::cli
