// The in-memory TABARI dictionary: literals, roots (actors, agents, verbs, verb forms,
// time words, nouns, adjectives, synsets and the built-in function words) and the
// pattern lists hanging off them. Filled by the readers (tabari_*_reader.h), then used
// read-only by the coder.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "code/legacy/tabari_codes.h"
#include "code/legacy/tabari_tables.h"
#include "code/legacy/tabari_types.h"
#include "faultline/status.h"

namespace faultline::tabari {

struct Pattern {
  Phrase phrase;
  EventCode event;
  TimeCode time;
  int length = 0;     // fixed characters plus the longest alternatives; orders evaluation
  int maxalt = 0;     // characters of the longest alternatives
  std::string where;  // FILE:LINE, for provenance
};

// What a root codes; verb forms and actor synonyms share their parent's set.
struct PatternSet {
  enum class Kind { kNone, kActor, kAgent, kVerb, kTime };
  Kind kind = Kind::kNone;
  ActorCode actor;
  int agent = 0;
  EventCode event;
  TimeCode time;
  bool has_code = false;
  std::vector<Pattern> patterns;  // longest first
  std::string where;
};

struct Root {
  Phrase phrase;
  WordType wtype = WordType::kNull;
  int pset = -1;   // -1 for the built-in function words
  int parent = 0;  // actor synonyms: the root that carries the codes
};

class Dictionary {
 public:
  Dictionary();

  // TABARI's phrase syntax: words separated by blanks (gap allowed, stem match), "_"
  // (adjacent, exact), "_ " (gap, exact), "~_" (adjacent, stem), "=" (exact, no
  // endings), "&NAME" synsets. `synset_root` stores "&NAME" as a plain literal.
  Status StorePhrase(std::string_view text, bool synset_root, Phrase* out);
  int AddRoot(Phrase phrase, WordType wtype, int pset, int parent = 0);
  int AddPatternSet(PatternSet set);
  // Inserts after every pattern at least as long as the new one's fixed part, as
  // TABARI does (so equal lengths keep file order).
  void InsertPattern(int pset, Pattern p, int fixed_length);
  bool HasRoot(const Phrase& phrase) const;
  // First root whose phrase is "&NAME": the synset designator.
  int SynsetRoot(std::string_view name) const;

  LiteralTable& literals() { return literals_; }
  const LiteralTable& literals() const { return literals_; }
  CodeTable& codes() { return codes_; }
  const CodeTable& codes() const { return codes_; }
  const Root& root(int i) const { return roots_[i]; }
  int root_count() const { return static_cast<int>(roots_.size()); }
  PatternSet& pset(int i) { return psets_[i]; }
  const PatternSet& pset(int i) const { return psets_[i]; }

  // Built-in literals and roots the parser refers to.
  int lit_and = 0, lit_nor = 0, lit_he = 0, lit_the = 0, lit_it = 0;
  int root_former = 0;
  int code_elite = 0;  // "~ELI": the agent a preceding FORMER gives
  bool has_time_list = false;

 private:
  void AddBuiltin(const char* phrase, WordType wtype);
  LiteralTable literals_;
  CodeTable codes_;
  std::vector<Root> roots_;
  std::vector<PatternSet> psets_;
};

// TABARI's pattern length: alphanumerics plus "_" and "'", with the longest option of
// each {..|..} set counted separately in `alt`.
void PatternLength(std::string_view pattern, int* len, int* alt);

}  // namespace faultline::tabari
