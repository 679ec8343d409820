#include "recognise/quotes/quote_indirect.h"

#include "recognise/quotes/quote_lexicon.h"

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

// "X said (on Wednesday) (that) …": where the reported clause begins, or 0 when none.
uint32_t ContentAfterCue(const std::vector<Token>& toks, uint32_t cue, uint32_t se,
                         uint8_t flags) {
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
  return 0;
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
  for (uint32_t c = sb; c < se; ++c) {
    if (quoted[c]) continue;
    const Token& t = toks[c];
    SpeakerMention sp;
    // "according to X, …" and "…, according to X."
    if (t.norm == "according" && c + 1 < se && toks[c + 1].norm == "to") {
      if (!SpeakerAfter(toks, c + 2, se, &sp)) continue;
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
    const uint8_t flags = QuoteCueFlags(t.norm);
    if (!(flags & kQuoteCue) || t.pos == Pos::kNoun) continue;
    const bool comma_before = c > sb && toks[c - 1].norm == ",";
    // "…, said the source." / "…, the source said."
    if (comma_before && !(flags & kNeedsThat) && SpeakerAfter(toks, c + 1, se, &sp) &&
        ClauseEnd(toks, sp.end, se) == sp.end) {
      Emit(sb, c - 1, c, c + 1, true, sp, quoted, out);
      continue;
    }
    const bool has = SpeakerBefore(toks, sb, c, &sp);
    if (has && !(flags & kNeedsThat) && sp.begin > sb && toks[sp.begin - 1].norm == "," &&
        ClauseEnd(toks, c + 1, se) <= c + 3) {
      Emit(sb, sp.begin - 1, c, c + 1, true, sp, quoted, out);
      continue;
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
    if (Emit(b, ClauseEnd(toks, b, se), c, c + 1, true, sp, quoted, out)) c = se;
  }
}

}  // namespace faultline
