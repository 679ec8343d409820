// The set of PETRARCH dictionaries a PetrarchCoder codes with, and how they are found:
// either named explicitly (a validation file's <Environment> block does this) or
// recognised in a directory: the CAMEO verb file by its content ("--- NAME [CODE] ---"
// blocks with "- ... * ... [CODE]" patterns), the others by name (*actors*, *agents*,
// *discards*, *issue*, *ontology*, case-insensitive, .txt).
#pragma once

#include <string>
#include <vector>

#include "code/legacy/petrarch_actors.h"
#include "code/legacy/petrarch_agents.h"
#include "code/legacy/petrarch_discards.h"
#include "code/legacy/petrarch_issues.h"
#include "code/legacy/petrarch_ontology.h"
#include "code/legacy/petrarch_verbs.h"
#include "faultline/status.h"

namespace faultline::petrarch {

struct PetrarchFiles {
  std::string verbs;
  std::vector<std::string> actors;
  std::vector<std::string> agents;
  std::vector<std::string> discards;
  std::vector<std::string> issues;
  std::string ontology;  // optional
};

struct PetrarchDictionaries {
  VerbDictionary verbs;
  ActorDictionary actors;
  AgentDictionary agents;
  DiscardList discards;
  IssueList issues;
  CodingOntology ontology;
  PetrarchFiles files;
};

// True when `path` reads as a PETRARCH CAMEO verb file (checks the first blocks only).
bool IsPetrarchVerbFile(const std::string& path);

// True when `dir` holds a PETRARCH verb file at its top level.
bool IsPetrarchDirectory(const std::string& dir);

// Finds the dictionaries in `dir`. Fails when there is no verb file or more than one.
Status FindPetrarchFiles(const std::string& dir, PetrarchFiles* files);

// Loads every file of `files`; the first error (FILE:LINE: reason) stops it.
Status LoadPetrarchDictionaries(const PetrarchFiles& files, PetrarchDictionaries* dicts);

}  // namespace faultline::petrarch
