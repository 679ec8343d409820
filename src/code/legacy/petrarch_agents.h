// Reader for PETRARCH agent dictionaries (*agents*.txt):
//
//   !PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON     # substitution set
//   CONGRESS!PERSON! [~LEG]       # one entry per member of the set, no plurals
//   ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]   # explicit plural
//   POLICE {} [~COP]              # {} : no plural
//   SOLDIER [~MIL]                # regular plural made: SOLDIERS (Y -> IES, S -> SES)
//   HUMAN_RIGHTS_BODY [NGO~]      # '~' after the code: the code goes before the actor's
//
// "~ROLE" appends ROLE after the actor code; "ROLE~" puts it in front.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "faultline/status.h"

namespace faultline::petrarch {

struct AgentEntry {
  std::vector<std::string> words;  // folded tokens
  std::string code;                // without the '~'
  bool prefix = false;             // "NGO~": code goes in front of the actor code
  std::string id;                  // "FILE:LINE"
};

struct AgentDictionary {
  std::vector<AgentEntry> entries;
  std::vector<std::string> warnings;  // tolerated oddities, "FILE:LINE: what: 'line'"
};

Status ParseAgents(std::string_view file, std::string_view content, AgentDictionary* dict);
Status LoadAgents(const std::string& path, AgentDictionary* dict);

}  // namespace faultline::petrarch
