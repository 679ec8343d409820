// Test helpers for the TABARI coder: temporary dictionary files with made-up content.
#pragma once

#include <string>

#include "util/temp_dir.h"

namespace faultline::tabari::testing {

using TempDir = faultline::TempDir;

// A small made-up world: actors, agents, verbs and options in TABARI's formats.
inline constexpr const char* kActors =
    "<NOUN>\nHARBOURS\n</NOUN>\n"
    "<ADJECTIVE>\nBRAVE\n</ADJECTIVE>\n"
    "NORTHLAND [NTH]\n"
    "SOUTHLAND_ [STH]\n"
    "EASTMARCH [EMR]\n"
    "WESTMARCH [WMH]\n"
    "ISLES_LEAGUE [ISL/NTH]   ; a coded compound\n"
    "PEDDLER= [PDL]\n"
    "GOLDEN_FLEET [---]\n"
    "OLD_KING\n"
    "+THE_OLD_MONARCH\n"
    "\t[OKG <990101]\n"
    "\t[OKGREB]\n"
    "SPORTSBALL [###]\n";
inline constexpr const char* kAgents =
    "MINISTER_ [~GOV]\n"
    "SOLDIERS_ [~MIL]\n"
    "AID_WORKERS_ [NGO~]\n";
inline constexpr const char* kVerbs =
    "<SYNSETS>\n&GOODS\n+GRAIN\n+SALT_\n+IRON_BARS\n</SYNSETS>\n"
    "DENOUNCE [122]\n"
    "- * { FIERCELY | LOUDLY } [123]\n"
    "- * &GOODS EXPORTS [124]\n"
    "SEND_ [070]\n"
    "{ SENT_ SENDING_ }\n"
    "- + * BY $ [071]\n"
    "MEET [031:031]\n"
    "ATTACK [190]\n"
    "SAID [023?]\n"
    "VISIT_ [032!]\n";
inline constexpr const char* kOptions =
    "COMPLEX: VERBS[6] CONJ[5] EXPLAIN\n"
    "SET: MINIMUM WORDS = 3\n";
inline constexpr const char* kProject =
    "World project\n"
    "<actorsfile> world.actors\n"
    "<verbsfile> world.verbs\n"
    "<agentsfile> world.agents\n"
    "<optionsfile> world.options\n"
    "<textfile> world.text\n";

}  // namespace faultline::tabari::testing
