#include "recognise/quotes/quote_attribution.h"

#include "recognise/quotes/quote_lexicon.h"

namespace faultline {
namespace {

constexpr uint32_t kAfterWindow = 16;
constexpr uint32_t kBeforeWindow = 12;
constexpr uint32_t kAppositionWindow = 40;

bool IsCue(const Token& t) {
  const uint8_t f = QuoteCueFlags(t.norm);
  return (f & kQuoteCue) && !(f & kNeedsThat) && t.pos != Pos::kNoun;
}

bool IsGerundCue(const Token& t) {
  return (QuoteCueFlags(t.norm) & kCueGerund) && t.norm.size() > 4 &&
         t.norm.compare(t.norm.size() - 3, 3, "ing") == 0;
}

bool IsQuoteMark(const Token& t) { return t.norm == "\"" || t.norm == "'"; }

// Dashes are folded to "-" in norms; "--" and the quotation dash "―" too.
bool IsDash(const Token& t) { return t.norm == "-" || t.norm == "--" || t.norm == "\xE2\x80\x95"; }

// Adverbs, auxiliaries and modals before the cue: "he later said", "she has said", "he will
// say", "she would add".
void SkipAdverbs(const std::vector<Token>& toks, uint32_t limit, uint32_t* k) {
  while (*k < limit &&
         (toks[*k].pos == Pos::kAdv || toks[*k].pos == Pos::kAux || toks[*k].pos == Pos::kModal)) {
    ++*k;
  }
}

// A quotation whose last words end in a comma, or in "?" or "!" followed by a lower-case
// pronoun, goes on into its attribution: "“…,” he went on", "“…!” he wondered aloud". Any
// verb of the clause then introduces it, not only the speech verbs of the lexicon.
bool OpenToAttribution(const std::vector<Token>& toks, uint32_t close, const SpeakerMention& sp) {
  if (close == 0) return false;
  const std::string& last = toks[close - 1].norm;
  if (last == ",") return true;
  return (last == "?" || last == "!") && sp.pronoun && !toks[sp.begin].capitalised;
}

bool IsClauseVerb(const Token& t) {
  return t.pos == Pos::kVerb && !t.verb_gerund && !t.capitalised && t.norm.size() > 1;
}

}  // namespace

bool AttributionAfter(const std::vector<Token>& toks, uint32_t close, uint32_t limit,
                      Attribution* out, bool opens_sentence) {
  const uint32_t outer = limit;
  uint32_t j = close + 1;
  limit = std::min<uint32_t>(limit, close + 1 + kAfterWindow);
  while (j < limit && (toks[j].norm == "," || toks[j].norm == "-")) ++j;
  if (j >= limit) return false;
  Attribution a;
  if (IsCue(toks[j])) {  // "said Caddell", "said the ministry"
    a.cue = j;
    a.cue_end = j + 1;
    a.has_speaker = SpeakerAfter(toks, j + 1, limit, &a.speaker);
    a.last = a.has_speaker ? a.speaker.end - 1 : j;
    if (!a.has_speaker) {
      // "“…,” said in a statement" has none; "“…,” adding that" continues a speaker.
      a.inherit = true;
    }
    *out = a;
    return true;
  }
  // "“…” ― Sonya Herridge": a dash and a name sign the quotation, as in lists of comments.
  // The name ends the sentence: "“…” — a metaphor for …" is no signature.
  if (IsDash(toks[close + 1]) && SpeakerAfter(toks, close + 2, limit, &a.speaker) &&
      !a.speaker.pronoun && toks[a.speaker.begin].capitalised &&
      (a.speaker.end >= limit || toks[a.speaker.end].norm == "." ||
       toks[a.speaker.end].norm == "\"")) {
    a.cue = close + 1;
    a.cue_end = close + 2;
    a.has_speaker = true;
    a.last = a.speaker.end - 1;
    *out = a;
    return true;
  }
  SpeakerMention sp;
  if (!SpeakerAfter(toks, j, limit, &sp)) return false;
  uint32_t k = sp.end;
  // "a narrator in the Clinton ad asks": a short phrase may follow the speaker.
  if (k < limit && (toks[k].norm == "in" || toks[k].norm == "for" || toks[k].norm == "at")) {
    SpeakerMention pp;
    if (SpeakerAfter(toks, k + 1, limit, &pp) && pp.end < limit && IsCue(toks[pp.end])) {
      k = pp.end;
    }
  }
  // "Scott Pruitt, the Republican attorney general of Oklahoma, one of the states suing the
  // EPA, said": appositions and relative clauses between the speaker and the cue.
  if (k < limit && toks[k].norm == ",") {
    const uint32_t far = std::min<uint32_t>(outer, close + 1 + kAppositionWindow);
    int commas = 0;
    for (uint32_t m = k + 1; m < far; ++m) {
      const Token& t = toks[m];
      // A period closing an abbreviation ("R-Ky.,") does not end the sentence.
      if (t.norm == "." && m + 1 < far && toks[m + 1].norm == ",") continue;
      if (t.norm == "." || t.norm == ";" || t.norm == ":" || IsQuoteMark(t)) break;
      if (t.norm != ",") continue;
      uint32_t c = m + 1;
      SkipAdverbs(toks, far, &c);
      if (c < far && IsCue(toks[c])) {
        k = c;
        limit = std::max(limit, c + 1);
        break;
      }
      if (++commas == 3) break;
    }
  }
  SkipAdverbs(toks, limit, &k);
  // "the letter reads", "the article read", "as a Homeland Security memo put it"
  const bool written = k < limit && (toks[k].norm == "reads" || toks[k].norm == "read" ||
                                     (toks[k].norm == "put" && k + 1 < limit && toks[k + 1].norm == "it"));
  if (k >= limit ||
      !(IsCue(toks[k]) || written ||
        (opens_sentence && IsClauseVerb(toks[k]) && OpenToAttribution(toks, close, sp)))) {
    return false;
  }
  // “… in the neighborhood.” Russia insisted that Pyongyang …: after a quotation closed
  // by a full stop, a speaker and cue that go on to report something of their own start
  // a new sentence rather than attribute this one.
  if (close > 0 && toks[close - 1].norm == "." && k + 1 < toks.size() &&
      (toks[k + 1].norm == "that" || toks[k + 1].pos == Pos::kDet || toks[k + 1].pos == Pos::kPron ||
       toks[k + 1].pos == Pos::kProperNoun)) {
    return false;
  }
  a.cue = k;
  a.cue_end = k + 1;
  a.has_speaker = true;
  a.speaker = sp;
  a.last = k;
  *out = a;
  return true;
}

bool AttributionBefore(const std::vector<Token>& toks, uint32_t open, uint32_t floor,
                       Attribution* out) {
  const uint32_t stop = open > floor + kBeforeWindow ? open - kBeforeWindow : floor;
  for (uint32_t k = open; k > stop; --k) {
    const Token& t = toks[k - 1];
    if (IsQuoteMark(t) || t.norm == "." || t.norm == ";" || t.norm == "?" || t.norm == "!") {
      return false;
    }
    // "According to Limbaugh, “…”"
    if (t.norm == "to" && k - 1 > floor && toks[k - 2].norm == "according") {
      Attribution a;
      a.cue = k - 2;
      a.cue_end = k;
      a.last = open - 1;
      a.has_speaker = SpeakerAfter(toks, k, open, &a.speaker);
      if (!a.has_speaker) return false;
      *out = a;
      return true;
    }
    const uint8_t flags = QuoteCueFlags(t.norm);
    if (!(flags & kQuoteCue) || t.pos == Pos::kNoun) {
      // Only the object, "that", a colon and small words stand between cue and quote.
      if (t.pos == Pos::kVerb && !(flags & kQuoteCue)) return false;
      continue;
    }
    if ((flags & kNeedsThat) && toks[open - 1].norm != "that") return false;
    Attribution a;
    a.cue = k - 1;
    a.cue_end = k;
    a.last = open - 1;
    if (IsGerundCue(t) && k - 1 > floor && toks[k - 2].norm == ",") {
      a.inherit = true;  // "..., accusing Russia of “…”": the subject of the clause speaks
    } else {
      a.has_speaker = SpeakerBefore(toks, floor, k - 1, &a.speaker);
      // "Even China, Pyongyang's only ally, said it was “…”"
      if (!a.has_speaker && k - 1 > floor && toks[k - 2].norm == ",") {
        a.has_speaker = SpeakerBeforeApposition(toks, floor, k - 2, &a.speaker);
      }
      // "said Mr. Ruiz: “…”" names the speaker after the cue; "told his supporters, “…”"
      // names the addressee, and the subject speaks.
      if (!a.has_speaker && !(flags & kObjectFirst)) {
        a.has_speaker = SpeakerAfter(toks, k, open, &a.speaker);
      }
      if (!a.has_speaker) a.inherit = true;
    }
    *out = a;
    return true;
  }
  return false;
}

}  // namespace faultline
