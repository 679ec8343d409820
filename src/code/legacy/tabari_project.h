// Loading a complete TABARI setup: the dictionaries and options a .project file names,
// or the TABARI files found in a directory.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "code/legacy/tabari_dictionary.h"
#include "code/legacy/tabari_options.h"
#include "faultline/status.h"

namespace faultline::tabari {

struct TabariSetup {
  std::unique_ptr<Dictionary> dict;
  TabariOptions options;
  TabariProject project;
  std::vector<std::string> warnings;
};

// Loads what `project` names, in its order (TABARI reads the options first).
Status LoadTabariProject(const TabariProject& project, TabariSetup* setup);

// True when `dir` holds TABARI files: a .project, or .verbs and .actors files.
bool IsTabariDirectory(const std::string& dir);

// A directory: the .project naming the most dictionaries wins; without one, every
// .actors, .verbs and .agents file (alphabetically) and the first .options file.
Status LoadTabariDirectory(const std::string& dir, TabariSetup* setup);

// The .project for a validation or text file: `path` itself when it is a .project,
// else the project beside it whose <textfile> is `path`, else the directory's choice.
Status FindTabariProject(const std::string& path, TabariProject* project);

}  // namespace faultline::tabari
