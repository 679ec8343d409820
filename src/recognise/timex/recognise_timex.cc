#include "recognise/timex/recognise_timex.h"

#include <vector>

#include "recognise/timex/atoms.h"
#include "recognise/timex/filters.h"
#include "recognise/timex/grammar.h"
#include "recognise/timex/normalise.h"
#include "recognise/timex/tense.h"

namespace faultline {
namespace {

using timex::Atom;

// A token a temporal expression must contain: a temporal word, a number or a clock time.
bool Content(const Atom& a) {
  constexpr uint32_t kContent = timex::kMonth | timex::kWeekday | timex::kSeason | timex::kUnit |
                                timex::kNumWord | timex::kOrdWord | timex::kPartOfDay |
                                timex::kDeictic | timex::kRef | timex::kSetWord | timex::kHoliday;
  if (a.word != nullptr) return (a.word->cls & kContent) != 0;
  // "the latest period", "a later date": the two nouns that head a timex without a unit.
  return a.number >= 0 || a.ord_digits > 0 || a.decade >= 0 || a.clock_h >= 0 ||
         a.norm == "period" || a.norm == "date";
}

// Expressions have at most this many tokens before their first content word ("the" + an
// approximator + "a": "the more than a").
constexpr uint32_t kMaxLead = 5;

void RecogniseSentence(Document& doc, const Sentence& s, std::vector<Atom>& atoms,
                       timex::Context& ctx) {
  timex::BuildAtoms(doc.tokens, s.token_begin, s.token_end, atoms);
  const uint32_t n = static_cast<uint32_t>(atoms.size());
  const std::vector<timex::Rule>& rules = timex::Rules();
  uint32_t next_content = 0;
  uint32_t i = 0;
  while (i < n) {
    if (next_content < i) next_content = i;
    while (next_content < n && !Content(atoms[next_content])) ++next_content;
    if (next_content >= n) break;
    if (next_content - i >= kMaxLead) {
      i = next_content - kMaxLead + 1;
      continue;
    }
    timex::Match m;
    if (!timex::MatchAt(atoms, i, &m)) {
      ++i;
      continue;
    }
    // Trailing punctuation is never part of an expression.
    while (m.end > m.begin + 1 && atoms[m.end - 1].punct) --m.end;
    const timex::Rule& rule = rules[m.rule];
    if (timex::RejectMatch(m, rule, atoms)) {
      ++i;
      continue;
    }
    const uint32_t tb = s.token_begin + m.begin;
    const uint32_t te = s.token_begin + m.end;
    ctx.tense = timex::ClauseTense(doc.tokens, s.token_begin, s.token_end, tb, te);
    // "Thursday's closing price", "before Friday's purchases": a weekday owning a noun
    // names what has already happened, whatever the tense of the clause it sits in.
    if (rule.kind == timex::Kind::kWeekday && m.end < n && atoms[m.end].norm == "'s" &&
        ctx.tense != timex::Tense::kFuture) {
      ctx.tense = timex::Tense::kPast;
    }
    const timex::Normalised norm = timex::Normalise(m, rule, ctx);
    if (!norm.ok) {
      ++i;
      continue;
    }
    Timex t;
    if (rule.kind == timex::Kind::kShiftUnit && rule.fixed == 7 && m.end < n &&
        (atoms[m.end].norm == "ended" || atoms[m.end].norm == "ending")) {
      // "the year ended Sept. 30": a reporting period, a duration rather than a date.
      t.type = "DURATION";
      t.value = "P1Y";
    } else {
      t.type = norm.type;
      t.value = norm.value;
    }
    t.span = Span{doc.tokens[tb].span.begin, doc.tokens[te - 1].span.end};
    doc.timex.push_back(std::move(t));
    if (norm.updates_anchor) ctx.anchor = norm.point;
    i = m.end;
  }
}

}  // namespace

void RecogniseTimex(Document& doc) {
  doc.timex.clear();
  timex::Context ctx;
  ctx.has_dct = timex::ParseIsoDate(doc.date, &ctx.dct);
  // One buffer per thread: the pipeline runs documents in parallel, and reusing the
  // capacity keeps the layer free of per-sentence allocations.
  thread_local std::vector<Atom> atoms;
  for (const Sentence& s : doc.sentences) RecogniseSentence(doc, s, atoms, ctx);
}

}  // namespace faultline
