// Clause analysis for the native coder: verb groups (auxiliaries, modals, negation,
// voice), clause boundaries, subjects, objects and the actors in them. Works on the
// tagger's coarse parts of speech and the actor layer; no parse tree is built, which
// keeps coding at tens of thousands of sentences per second.
#pragma once

#include <vector>

#include "faultline/document.h"

namespace faultline {

struct VerbGroup {
  uint32_t begin = 0;  // first auxiliary, modal, negation or "to"
  uint32_t head = 0;   // the lexical verb (or event noun)
  bool negated = false;
  bool passive = false;
  bool infinitive = false;  // "to attack"
  bool gerund = false;      // "-ing" form without an auxiliary
  Modality modality = Modality::kAsserted;
};

// Per-document view that maps tokens to actor mentions and quotes.
class ClauseView {
 public:
  explicit ClauseView(const Document& doc);

  const Document& doc() const { return doc_; }
  // Index into doc.actors of the mention covering token i, or -1.
  int ActorAt(uint32_t i) const { return actor_at_[i]; }
  // True when token i is inside a direct quotation.
  bool InQuote(uint32_t i) const { return in_quote_[i]; }

  VerbGroup Group(uint32_t head, uint32_t sentence_begin) const;
  // First token of the clause that contains `from` (exclusive of the boundary).
  uint32_t ClauseStart(uint32_t from, uint32_t sentence_begin) const;
  // One past the last token of the clause that starts after `from`.
  uint32_t ClauseEnd(uint32_t from, uint32_t sentence_end) const;

  // The mention that heads the subject of the verb group, with its coordinated
  // mentions ("Russia, Syria, and Iran"). Empty when no actor is found.
  std::vector<int> Subject(const VerbGroup& g, uint32_t sentence_begin) const;
  // Actor mentions in [begin, end) forming one coordinated phrase from the first found.
  std::vector<int> PhraseActors(uint32_t begin, uint32_t end) const;
  // Mentions after a "by" following the verb, for passives.
  std::vector<int> Agent(const VerbGroup& g, uint32_t clause_end) const;
  // The first actor phrase after `from` within the clause.
  std::vector<int> Object(uint32_t from, uint32_t clause_end) const;

  // Resolves a pronoun at token i to the closest earlier mention that fits
  // (persons for he/she). Returns -1 when nothing fits.
  int ResolvePronoun(uint32_t i) const;

 private:
  bool FiniteVerbAt(uint32_t i) const;
  const Document& doc_;
  std::vector<int> actor_at_;
  std::vector<bool> in_quote_;
};

// Verbs that report speech or writing; their complements are attributed to the speaker.
bool IsSpeechVerb(const std::string& lemma);
// The plain reporting verbs among them ("say", "tell", "report"): they only carry the
// news in their complement, which is then the sentence's main event. Other speech verbs
// ("claim", "deny", "warn") are events themselves and their complements are embedded.
bool IsPlainReportingVerb(const std::string& lemma);

}  // namespace faultline
