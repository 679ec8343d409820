// Reader for the PETRARCH CAMEO verb-pattern dictionary (CAMEO.2.0.txt and the
// validation suite's *verbs*.txt):
//
//   &CURRENCY                       # synonym set; '+' lines are its members, which may
//   +DOLLAR                         # name other sets (+&TIETYPES); single words also
//   +SWISS FRANCS                   # match their regular plural unless written WORD_
//
//   --- AGREE [050] ---             # a block: a name and the default code of its verbs
//   AGREE                           # verbs of the block; {...} lists irregular forms,
//   SAY {SAYS SAID SAYING} [010]    # [...] overrides the block code for that verb,
//   +CORDON_OFF {+CORDONED_OFF}     # '_' joins a multi-word verb, '+' marks its verb
//   - % * [050]                     # patterns: PRE * POST [CODE]; '*' is the verb,
//   - * (TO &CEASEFIRE) [0356]      # (...) a prepositional phrase, {...} a noun phrase
//   - + * (FROM $) [080]            # (last word the head), $ source, + target, ^ any
//                                   # word, % compound subject; [A:B] paired codes
//   ~ a (a b ATTACK) SAY = a b 015  # transformations: read and kept, not applied
//
// Blocks with the same name share their patterns, as in PETRARCH. A synset used but
// never defined (the validation file has some) never matches, and is counted.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "faultline/status.h"

namespace faultline::petrarch {

// One word position of a pattern: a literal word or a synonym set.
struct Term {
  std::string text;                                   // as written: "TIES", "&CURRENCY"
  std::vector<std::vector<std::string>> alternatives;  // folded token sequences
  bool undefined = false;                             // an undefined synset
};

enum class SlotKind : uint8_t { kWord, kPrep, kSource, kTarget, kSkip, kCompound };

struct Slot {
  SlotKind kind = SlotKind::kWord;
  Term term;          // for kWord and kPrep
  int group = -1;     // index of its {...} noun phrase within the side, or -1
  bool head = true;   // last word of its noun phrase (a lone word is its own head)
  int prep = -1;      // index of its (...) phrase within the side, or -1
};

struct VerbPattern {
  std::vector<Slot> pre;   // before '*', in order
  std::vector<Slot> post;  // after '*', in order
  std::string code;        // as written: "050", "042:043", "---"
  std::string id;          // "FILE:LINE"
  std::string text;        // the pattern as written, for provenance and messages
  int words = 0;           // number of word slots: more is more specific
};

struct VerbBlock {
  std::string name;
  std::string code;  // default code of the block's verbs
  std::vector<VerbPattern> patterns;
};

// One way a verb is written.
struct VerbForm {
  std::string word;                 // folded verb form: "say", "said", "left"
  std::vector<std::string> before;  // words of a multi-word verb before it ("wire" tap)
  std::vector<std::string> after;   // words after it (cordon "off")
  bool inflected = false;  // an explicit form from {...}: matched as written only
  std::string code;        // the verb's own code, else its block's
  int block = -1;
  std::string id;
};

struct VerbDictionary {
  std::map<std::string, std::vector<std::string>> synset_members;  // raw members by name
  std::vector<VerbBlock> blocks;
  std::vector<VerbForm> forms;
  std::vector<std::string> transformations;
  size_t undefined_synset_uses = 0;
  std::vector<std::string> warnings;  // tolerated oddities, "FILE:LINE: what: 'line'"
  size_t pattern_count() const;
};

Status ParseVerbs(std::string_view file, std::string_view content, VerbDictionary* dict);
Status LoadVerbs(const std::string& path, VerbDictionary* dict);

}  // namespace faultline::petrarch
