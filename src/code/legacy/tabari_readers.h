// Readers for TABARI dictionary files. Each adds its entries to a Dictionary and
// returns an error naming FILE:LINE and the offending text for a line TABARI could not
// use. Duplicate entries are not errors (TABARI keeps the first and warns); they are
// reported in `warnings` when it is given.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "code/legacy/tabari_dictionary.h"
#include "faultline/status.h"

namespace faultline::tabari {

// .actors: "NAME [CODE]", "NAME [CODE <YYMMDD] [CODE]", synonym blocks (NAME, +SYNONYM
// lines, then code lines), <NOUN>...</NOUN> and <ADJECTIVE>...</ADJECTIVE> lists.
Status ReadTabariActors(const std::string& path, Dictionary* dict,
                        std::vector<std::string>* warnings = nullptr);

// .agents: "NAME [~ROLE]" (role appended to the actor code) or "NAME [ROLE~]" (prefixed).
Status ReadTabariAgents(const std::string& path, Dictionary* dict,
                        std::vector<std::string>* warnings = nullptr);

// .verbs: verb blocks ("VERB [CODE]", optional "{ FORM FORM }" line, "- PATTERN [CODE]"
// lines), <SYNSETS>, <TIME> and <ATTRIB> sections.
Status ReadTabariVerbs(const std::string& path, Dictionary* dict,
                       std::vector<std::string>* warnings = nullptr);

// The same readers over text already in memory; `name` stands for the file in errors.
Status ReadTabariActorsText(const std::string& name, std::string_view text, Dictionary* dict,
                            std::vector<std::string>* warnings = nullptr);
Status ReadTabariAgentsText(const std::string& name, std::string_view text, Dictionary* dict,
                            std::vector<std::string>* warnings = nullptr);
Status ReadTabariVerbsText(const std::string& name, std::string_view text, Dictionary* dict,
                           std::vector<std::string>* warnings = nullptr);

}  // namespace faultline::tabari
