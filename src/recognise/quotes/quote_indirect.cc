#include "recognise/quotes/quote_indirect.h"

#include <algorithm>
#include <string_view>

#include "recognise/quotes/quote_lexicon.h"
#include "util/flat_map.h"

namespace faultline {
namespace {

// Shorter clauses are fragments ("he said so"), not reported content.
constexpr uint32_t kMinContent = 3;

bool IsEnd(const Token& t) {
  return t.norm == "." || t.norm == "?" || t.norm == "!" || t.norm == "\"" || t.norm == "'";
}

// One past the last content token of a clause running to the sentence end.
uint32_t ClauseEnd(const std::vector<Token>& toks, uint32_t from, uint32_t se) {
  uint32_t e = se;
  while (e > from && IsEnd(toks[e - 1])) --e;
  return e;
}

// One past the last token of the reported clause from `from`: the sentence end, or a
// relative clause with an attribution of its own to a quotation, which annotators mark as
// a quote of that pronoun ("…accreditation bodies, which he called “a cartel”", "…the
// marchers, whom he described as “peaceful”").
uint32_t ContentEnd(const std::vector<Token>& toks, uint32_t from, uint32_t se,
                    const std::vector<bool>& quoted) {
  const uint32_t e = ClauseEnd(toks, from, se);
  for (uint32_t i = from; i + 3 < e; ++i) {
    // string_view compares sizes first, and inline: std::string == "," calls memcmp.
    const std::string_view p = toks[i].norm;
    const std::string_view w = toks[i + 1].norm;
    if (quoted[i] || !(p == "," || p == "-" || p == "--") ||
        !(w == "which" || w == "who" || w == "whom") || toks[i + 2].pos != Pos::kPron ||
        !IsSpeakerPronoun(toks[i + 2].norm) || toks[i + 3].pos != Pos::kVerb) {
      continue;
    }
    for (uint32_t k = i + 4; k < e && k < i + 12; ++k) {
      if (quoted[k]) return i;
    }
  }
  return e;
}

// "X said (on Wednesday) (that) …": where the reported clause begins, or 0 when none.
uint32_t ContentAfterCue(const std::vector<Token>& toks, uint32_t cue, uint32_t se, uint8_t flags) {
  uint32_t k = cue + 1;
  for (uint32_t m = k; m < se && m < k + 7; ++m) {
    if (toks[m].norm == "that") return m;
    if (toks[m].norm == "," || toks[m].pos == Pos::kVerb) break;
  }
  if (flags & kNeedsThat) return 0;
  if (flags & kObjectFirst) {  // "told reporters the plan was …" needs "that" or a quote
    return 0;
  }
  if (k >= se) return 0;
  const Token& t = toks[k];
  // "said he would", "said the group had": a clause starts with a subject.
  if (t.pos == Pos::kPron || t.pos == Pos::kDet || t.pos == Pos::kProperNoun ||
      t.pos == Pos::kNoun || t.pos == Pos::kNum) {
    return k;
  }
  // "said local officials should …", "said no decision had been made"
  if ((t.pos == Pos::kAdj || t.norm == "no") && k + 1 < se &&
      (toks[k + 1].pos == Pos::kNoun || toks[k + 1].pos == Pos::kAdj)) {
    return k;
  }
  return 0;
}

bool IsDayOrMonthName(const Token& t) {
  static constexpr std::string_view kNames[] = {
      "monday", "tuesday",   "wednesday", "thursday",  "friday",   "saturday", "sunday",
      "today",  "yesterday", "tonight",   "january",   "february", "march",    "april",
      "june",   "july",      "august",    "september", "october",  "november", "december"};
  for (std::string_view n : kNames) {
    if (t.norm == n) return true;
  }
  return false;
}

// The subject of the sentence, after an opening phrase closed by a comma ("In a tweet on
// Thursday, Mr Trump wrote").
bool Subject(const std::vector<Token>& toks, uint32_t sb, uint32_t se, SpeakerMention* out) {
  uint32_t b = sb;
  const Pos p = b < se ? toks[b].pos : Pos::kUnknown;
  if (p == Pos::kPrep || p == Pos::kAdv || p == Pos::kSubord) {
    uint32_t k = b;
    while (k < se && k < b + 12 && toks[k].norm != ",") ++k;
    if (k < se && toks[k].norm == ",") b = k + 1;
  }
  return SpeakerAfter(toks, b, se, out);
}

enum class Complement { kNone, kInfinitive, kObject, kFor };

constexpr std::string_view kToVerbs[] = {
    "wants",   "want",     "wanted",   "vowed",      "vows",      "vow",    "pledged",
    "pledges", "promised", "promises", "threatened", "threatens", "agreed", "agrees",
    "refused", "refuses",  "proposed", "proposes",   "intends",   "hopes",  "hoped"};
constexpr std::string_view kObjectVerbs[] = {"cited", "cites", "citing"};
constexpr std::string_view kCallVerbs[] = {"called", "calls", "call", "calling"};

// Every word FindIndirect acts on: a cue, a stance verb or "according". Asked of every
// token outside quotations, nearly all of which it rules out by their length ("a", "of",
// ",") or one bit test.
struct IndirectWords {
  WordFilter filter;
  size_t min_length = 0;

  bool MayContain(std::string_view w) const {
    return w.size() >= min_length && filter.MayContain(w);
  }
  static const IndirectWords& Get() {
    static const auto* table = [] {
      auto* words = new IndirectWords{QuoteCueFilter(), QuoteCueMinLength()};
      const auto add = [words](std::string_view w) {
        words->filter.Add(w);
        words->min_length = std::min(words->min_length, w.size());
      };
      for (std::string_view w : kToVerbs) add(w);
      for (std::string_view w : kObjectVerbs) add(w);
      for (std::string_view w : kCallVerbs) add(w);
      add("according");
      return words;
    }();
    return *table;
  }
};

// Stance verbs whose complement PolNeAR marks as the content.
Complement ComplementOf(const std::vector<Token>& toks, uint32_t c, uint32_t se) {
  enum Kind : uint8_t { kNotStance, kTo, kObjectVerb, kCall };
  // Asked of every cue candidate: one table lookup instead of 28 comparisons.
  static const auto* kKinds = [] {
    auto* kinds = new FlatStringMap<uint8_t>();
    for (std::string_view w : kToVerbs) (*kinds)[w] = kTo;
    for (std::string_view w : kObjectVerbs) (*kinds)[w] = kObjectVerb;
    for (std::string_view w : kCallVerbs) (*kinds)[w] = kCall;
    return kinds;
  }();
  const Token& t = toks[c];
  if (t.pos == Pos::kNoun || c + 2 >= se) return Complement::kNone;
  const uint8_t* kind = kKinds->Find(t.norm);
  if (kind == nullptr) return Complement::kNone;
  const Token& n = toks[c + 1];
  if (*kind == kTo) return n.norm == "to" ? Complement::kInfinitive : Complement::kNone;
  if (*kind == kObjectVerb) {
    return n.pos == Pos::kDet || n.pos == Pos::kNoun || n.pos == Pos::kAdj ||
                   n.pos == Pos::kPossessive || n.pos == Pos::kPron
               ? Complement::kObject
               : Complement::kNone;
  }
  // kCall
  if (n.norm == "for") return Complement::kFor;
  // "called the charges unsubstantiated", "called it a mistake": an object and a
  // predicate; "called him" alone or "called on" are not.
  if ((n.pos == Pos::kDet || n.pos == Pos::kPron || n.pos == Pos::kProperNoun ||
       n.pos == Pos::kPossessive) &&
      n.norm != "on" && n.norm != "off" && n.norm != "up") {
    uint32_t k = c + 2;
    while (k < se && k < c + 8 && toks[k].norm != "," && toks[k].norm != ".") ++k;
    if (k - c >= 4) return Complement::kObject;
  }
  return Complement::kNone;
}

bool Emit(uint32_t b, uint32_t e, uint32_t cue, uint32_t cue_end, bool has,
          const SpeakerMention& sp, const std::vector<bool>& quoted,
          std::vector<IndirectQuote>* out) {
  if (e <= b || e - b < kMinContent) return false;
  // A clause that is itself a direct quotation is reported as one.
  if (quoted[b] && quoted[e - 1]) return false;
  IndirectQuote q;
  q.content_begin = b;
  q.content_end = e;
  q.cue = cue;
  q.cue_end = cue_end;
  q.has_speaker = has;
  q.speaker = sp;
  out->push_back(q);
  return true;
}

}  // namespace

void FindIndirect(const std::vector<Token>& toks, uint32_t sb, uint32_t se,
                  const std::vector<bool>& quoted, std::vector<IndirectQuote>* out) {
  const IndirectWords& words = IndirectWords::Get();
  for (uint32_t c = sb; c < se; ++c) {
    // Nearly every token stops in this loop, which keeps all it reads in registers.
    while (c < se && !words.MayContain(toks[c].norm)) ++c;
    if (c == se) break;
    if (quoted[c]) continue;
    const Token& t = toks[c];
    SpeakerMention sp;
    // "according to X, …" and "…, according to X."
    if (std::string_view(t.norm) == "according" && c + 1 < se && toks[c + 1].norm == "to") {
      if (!SpeakerAfter(toks, c + 2, se, &sp)) {
        // "according to show insiders": the words up to the clause end name the source.
        uint32_t e = c + 2;
        while (e < se && e < c + 10 && toks[e].norm != "," && toks[e].norm != "." &&
               toks[e].pos != Pos::kPunct) {
          ++e;
        }
        if (e == c + 2) continue;
        sp = SpeakerMention{c + 2, e, false};
      }
      if (c == sb || toks[c - 1].norm != ",") {
        uint32_t b = sp.end;
        while (b < se && toks[b].norm != ",") ++b;
        Emit(b + 1, ClauseEnd(toks, b + 1, se), c, c + 2, true, sp, quoted, out);
      } else {
        Emit(sb, c - 1, c, c + 2, true, sp, quoted, out);
      }
      c = sp.end - 1;
      continue;
    }
    // "wants to triple the program", "vowed to punish", "cited derogatory comments",
    // "called the charges unsubstantiated", "called for an inquiry": stances whose
    // complement is the content.
    if (const Complement kind = ComplementOf(toks, c, se); kind != Complement::kNone) {
      uint32_t b = c + 1;
      uint32_t cue_end = c + 1;
      if (kind == Complement::kFor) {
        b = c + 2;
        cue_end = c + 2;
      }
      bool has_sp = SpeakerBefore(toks, sb, c, &sp);
      if (!has_sp && c > sb && toks[c - 1].norm == ",") {
        has_sp = SpeakerBeforeApposition(toks, sb, c - 1, &sp);
        if (!has_sp) has_sp = Subject(toks, sb, c, &sp);  // "…, citing a threat to safety"
      }
      if (!has_sp && c > sb && toks[c - 1].norm == "and") has_sp = Subject(toks, sb, c, &sp);
      const uint32_t e = ContentEnd(toks, b, se, quoted);
      if (has_sp && Emit(b, e, c, cue_end, true, sp, quoted, out)) c = e;
      continue;
    }
    const uint8_t flags = QuoteCueFlags(t.norm);
    if (!(flags & kQuoteCue) || t.pos == Pos::kNoun) continue;
    const bool comma_before = c > sb && toks[c - 1].norm == ",";
    // "…, said the source." / "…, said one GOP source in the room." / "…, the source said."
    const bool gerund = t.norm.size() > 4 && t.norm.compare(t.norm.size() - 3, 3, "ing") == 0;
    if (comma_before && !(flags & kNeedsThat) && !(flags & kObjectFirst) && !(flags & kAccuseOf) &&
        !gerund && SpeakerAfter(toks, c + 1, se, &sp) && !IsDayOrMonthName(toks[sp.begin])) {
      const uint32_t end = ClauseEnd(toks, sp.end, se);
      if (end == sp.end || toks[sp.end].norm == "," || toks[sp.end].pos == Pos::kPrep) {
        Emit(sb, c - 1, c, c + 1, true, sp, quoted, out);
        continue;
      }
    }
    bool has = SpeakerBefore(toks, sb, c, &sp);
    if (!has && comma_before) has = SpeakerBeforeApposition(toks, sb, c - 1, &sp);
    // "Merrill says Machado promised … and said she would": the sentence subject speaks.
    if (!has && c > sb && toks[c - 1].norm == "and" && !(flags & kNeedsThat)) {
      has = Subject(toks, sb, c, &sp);
    }
    if (has && !(flags & kNeedsThat) && sp.begin > sb && toks[sp.begin - 1].norm == ",") {
      // "…, he said." ends the sentence; "…, Mr. Clarke said, until it went bankrupt" sits
      // inside the reported sentence, which annotators mark whole.
      if (ClauseEnd(toks, c + 1, se) <= c + 3) {
        Emit(sb, sp.begin - 1, c, c + 1, true, sp, quoted, out);
        continue;
      }
      // "As for RT's bent, he said, “…”" introduces a direct quotation instead.
      if (c + 1 < se && toks[c + 1].norm == "," && !(c + 2 < se && quoted[c + 2])) {
        const bool coordinated = c + 2 < se && toks[c + 2].pos == Pos::kConj;
        if (coordinated) {
          Emit(sb, sp.begin - 1, c, c + 1, true, sp, quoted, out);
        } else {
          Emit(sb, ClauseEnd(toks, sb, se), c, c + 1, true, sp, quoted, out);
        }
        c = se;
        continue;
      }
    }
    if (flags & kAccuseOf) {  // "accused Russia of killing civilians"
      uint32_t of = c + 1;
      while (of < se && of < c + 8 && toks[of].norm != "of") ++of;
      if (of < se && toks[of].norm == "of") {
        Emit(of + 1, ClauseEnd(toks, of + 1, se), c, c + 1, has, sp, quoted, out);
      }
      continue;
    }
    if (!has) continue;
    const uint32_t b = ContentAfterCue(toks, c, se, flags);
    if (b == 0) continue;
    const uint32_t e = ContentEnd(toks, b, se, quoted);
    if (Emit(b, e, c, c + 1, true, sp, quoted, out)) c = e;
  }
}

}  // namespace faultline
