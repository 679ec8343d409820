#include "recognise/timex/tense.h"

#include <string_view>

namespace faultline::timex {
namespace {

bool FutureOriented(std::string_view lemma) {
  static constexpr std::string_view kWords[] = {
      "expect", "expected", "schedule", "scheduled", "due", "set", "go", "going", "plan",
      "planned", "intend", "hope", "want", "aim", "agree", "seek", "vow", "pledge", "promise",
      "threaten", "prepare", "likely", "ready", "poised", "decide", "propose", "able"};
  for (std::string_view w : kWords) {
    if (lemma == w) return true;
  }
  return false;
}

// Tense of the verb group at token i, or kUnknown when i is no finite verb.
Tense TenseAt(const std::vector<Token>& t, uint32_t i, uint32_t sent_end) {
  const Token& k = t[i];
  std::string_view w = k.norm;
  if (k.pos == Pos::kModal) {
    if (w == "will" || w == "shall" || w == "'ll" || w == "wo") return Tense::kFuture;
    if (w == "would" || w == "could" || w == "might" || w == "should") return Tense::kUnknown;
    return Tense::kPresent;
  }
  if (k.pos == Pos::kAux) {
    if (w == "was" || w == "were" || w == "did" || w == "had") return Tense::kPast;
    if (w == "has" || w == "have" || w == "'ve") {
      // "has fled": the present perfect reports the past.
      if (i + 1 < sent_end && (t[i + 1].verb_past_participle || t[i + 1].norm == "been")) {
        return Tense::kPast;
      }
      return Tense::kPresent;
    }
    if (w == "is" || w == "are" || w == "am" || w == "'s" || w == "'re" || w == "'m") {
      // "is going to", "are expected to", "is due to": the future.
      if (i + 2 < sent_end && t[i + 2].norm == "to" &&
          (t[i + 1].norm == "going" || t[i + 1].norm == "expected" || t[i + 1].norm == "due" ||
           t[i + 1].norm == "scheduled" || t[i + 1].norm == "set" || t[i + 1].norm == "planning")) {
        return Tense::kFuture;
      }
      return Tense::kPresent;
    }
    if (w == "do" || w == "does") return Tense::kPresent;
    return Tense::kUnknown;
  }
  if (k.pos == Pos::kVerb && i > 0 && t[i - 1].pos == Pos::kTo) {
    // "is expected to meet", "plans to visit": an intention points to the future; other
    // infinitives ("tried to leave") leave the tense to the verb before them.
    if (i < 2 || !FutureOriented(t[i - 2].lemma)) return Tense::kUnknown;
    // "had been due to expire", "was expected to arrive": a plan made in the past, most
    // often for a day already gone by the time of writing.
    for (uint32_t b = i - 2; b > 0 && b + 4 > i; --b) {
      const std::string_view aux = t[b - 1].norm;
      if (aux == "was" || aux == "were" || aux == "had" || aux == "been") return Tense::kPast;
    }
    return Tense::kFuture;
  }
  if (k.pos == Pos::kVerb && !k.verb_gerund) {
    // A participle after "to be"/"to have" belongs to that auxiliary, found separately.
    if (i > 0 && (t[i - 1].pos == Pos::kAux || t[i - 1].pos == Pos::kModal)) return Tense::kUnknown;
    if (k.verb_past_participle || (k.norm != k.lemma && !k.norm.ends_with("s"))) return Tense::kPast;
    return Tense::kPresent;
  }
  return Tense::kUnknown;
}

bool Barrier(const Token& t) { return t.norm == ";" || t.norm == "\"" || t.norm == ":"; }

}  // namespace

Tense ClauseTense(const std::vector<Token>& tokens, uint32_t sent_begin, uint32_t sent_end,
                  uint32_t begin, uint32_t end) {
  // The nearest verb group decides, left first ("was killed on Thursday"). A lexical verb in
  // the present is weak evidence (the tagger reads "attacks" or "top" as verbs too), so
  // the scan goes on for an auxiliary, a modal or a past form and only falls back to it.
  Tense weak = Tense::kUnknown;
  for (int pass = 0; pass < 2; ++pass) {
    uint32_t i = pass == 0 ? begin : end;
    while (pass == 0 ? i > sent_begin : i < sent_end) {
      const uint32_t k = pass == 0 ? --i : i++;
      if (Barrier(tokens[k])) break;
      const Tense t = TenseAt(tokens, k, sent_end);
      if (t == Tense::kUnknown) continue;
      if (t == Tense::kPresent && tokens[k].pos == Pos::kVerb) {
        if (weak == Tense::kUnknown) weak = t;
        continue;
      }
      return t;
    }
  }
  return weak;
}

}  // namespace faultline::timex
