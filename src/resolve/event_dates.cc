#include "resolve/event_dates.h"

#include <cstdint>
#include <cstdio>
#include <optional>
#include <tuple>

#include "recognise/timex/calendar.h"

namespace faultline {
namespace {

bool Digits(std::string_view s, size_t b, size_t n) {
  if (s.size() < b + n) return false;
  for (size_t i = b; i < b + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  return true;
}

int Num(std::string_view s, size_t b, size_t n) {
  int v = 0;
  for (size_t i = b; i < b + n; ++i) v = v * 10 + (s[i] - '0');
  return v;
}

// Clause boundaries, as the other resolvers draw them: subordinators, relative pronouns,
// semicolons, colons and quotation marks.
bool IsClauseBoundary(const Token& t) {
  return t.pos == Pos::kSubord || t.pos == Pos::kWh || t.norm == ";" || t.norm == ":" ||
         t.norm == "\"";
}

uint32_t TokenAt(const Document& doc, const Sentence& s, uint32_t byte) {
  uint32_t t = s.token_begin;
  for (uint32_t i = s.token_begin; i < s.token_end; ++i) {
    if (doc.tokens[i].span.begin <= byte) t = i;
  }
  return t;
}

// How closely an expression is attached to the verb: 0 when it stands right next to the
// trigger or a temporal preposition introduces it after the trigger ("attacked Idlib on
// Tuesday"), 1 for such an adjunct before it ("In June, ..."), 2 otherwise.
int Attachment(const Document& doc, uint32_t timex_token, uint32_t trigger_token) {
  if (timex_token == trigger_token + 1 || timex_token + 1 == trigger_token) return 0;
  if (timex_token == 0) return 2;
  const std::string& prev = doc.tokens[timex_token - 1].norm;
  const bool adjunct = prev == "on" || prev == "in" || prev == "at" || prev == "since" ||
                       prev == "during" || prev == "by" || prev == "until" || prev == "from" ||
                       prev == "before" || prev == "after";
  if (!adjunct) return 2;
  return timex_token > trigger_token ? 0 : 1;
}

struct Choice {
  std::optional<uint32_t> timex;
  bool in_clause = false;
};

Choice ChooseTimex(const Document& doc, const Event& e, const std::vector<std::string>& dates,
                   const std::vector<uint32_t>& timex_sentence) {
  const Sentence& s = doc.sentences[e.sentence];
  const uint32_t trigger = TokenAt(doc, s, e.span.begin);
  uint32_t cb = trigger, ce = trigger + 1;
  while (cb > s.token_begin && !IsClauseBoundary(doc.tokens[cb - 1])) --cb;
  while (ce < s.token_end && !IsClauseBoundary(doc.tokens[ce])) ++ce;
  Choice best;
  std::tuple<int, int, uint32_t> best_key{3, 0, 0};
  for (uint32_t i = 0; i < doc.timex.size(); ++i) {
    if (timex_sentence[i] != e.sentence || dates[i].empty()) continue;
    const uint32_t tt = TokenAt(doc, s, doc.timex[i].span.begin);
    const bool clause = tt >= cb && tt < ce;
    const uint32_t dist = tt > trigger ? tt - trigger : trigger - tt;
    const std::tuple<int, int, uint32_t> key{clause ? 0 : 1,
                                            clause ? Attachment(doc, tt, trigger) : 2, dist};
    if (key < best_key) {
      best_key = key;
      best.timex = i;
      best.in_clause = clause;
    }
  }
  return best;
}

bool Approximate(std::string_view text) {
  static constexpr std::string_view kWords[] = {"about", "around", "nearly", "almost", "some",
                                                "roughly", "approximately", "over", "more"};
  for (std::string_view w : kWords) {
    if (text.size() <= w.size() || text[w.size()] != ' ') continue;
    bool same = true;
    for (size_t i = 0; i < w.size() && same; ++i) {
      same = (text[i] | 0x20) == w[i];  // ASCII case folding: "About" is "about"
    }
    if (same) return true;
  }
  return false;
}

}  // namespace

bool TimexToEventDate(std::string_view v, std::string* date, std::string* precision) {
  if (!Digits(v, 0, 4)) return false;
  const std::string_view year = v.substr(0, 4);
  if (v.size() == 4) {
    *date = std::string(year);
    *precision = "year";
    return true;
  }
  if (v[4] != '-' || v.size() < 7) return false;
  if (Digits(v, 5, 2)) {
    if (v.size() >= 10 && v[7] == '-' && Digits(v, 8, 2)) {
      *date = std::string(v.substr(0, 10));
      *precision = "day";
      return true;
    }
    *date = std::string(v.substr(0, 7));
    *precision = "month";
    return true;
  }
  if (v[5] == 'X') {  // "1998-XX-XX": only the year is known
    *date = std::string(year);
    *precision = "year";
    return true;
  }
  char buf[16];
  const int y = Num(v, 0, 4);
  if (v[5] == 'W' && Digits(v, 6, 2)) {
    // The week's Monday: ISO week 1 is the week holding January 4.
    const timex::Ymd jan4{y, 1, 4};
    const int64_t monday = timex::DaysFromCivil(jan4) - (timex::Weekday(jan4) - 1) +
                           static_cast<int64_t>(Num(v, 6, 2) - 1) * 7;
    const timex::Ymd d = timex::CivilFromDays(monday);
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    *date = buf;
    *precision = "approx";
    return true;
  }
  int month = 0;
  if (v[5] == 'Q' && v.size() >= 7) month = (v[6] - '1') * 3 + 1;
  if (v[5] == 'H' && v.size() >= 7) month = (v[6] - '1') * 6 + 1;
  const std::string_view season = v.substr(5, 2);
  if (season == "SP") month = 3;
  if (season == "SU") month = 6;
  if (season == "FA") month = 9;
  if (season == "WI") month = 12;
  if (month < 1 || month > 12) return false;
  std::snprintf(buf, sizeof buf, "%04d-%02d", y, month);
  *date = buf;
  *precision = "approx";
  return true;
}

void AttachEventDates(Document& doc) {
  if (doc.events.empty()) return;
  // Each expression's calendar date (empty when it has none) and sentence, computed once.
  std::vector<std::string> dates(doc.timex.size());
  std::vector<std::string> precisions(doc.timex.size());
  std::vector<uint32_t> sentence(doc.timex.size(), UINT32_MAX);
  for (uint32_t i = 0; i < doc.timex.size(); ++i) {
    const Timex& t = doc.timex[i];
    if (t.type != "DATE" && t.type != "TIME") continue;
    if (!TimexToEventDate(t.value, &dates[i], &precisions[i])) continue;
    if (Approximate(doc.Text(t.span))) precisions[i] = "approx";
    for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
      if (doc.sentences[s].span.Contains(t.span)) sentence[i] = s;
    }
  }
  for (Event& e : doc.events) {
    if (e.sentence >= doc.sentences.size()) continue;
    const Choice c = ChooseTimex(doc, e, dates, sentence);
    if (c.timex) {
      e.date = dates[*c.timex];
      e.date_precision = precisions[*c.timex];
      e.provenance.date_rule = c.in_clause ? "clause" : "sentence";
    } else if (!doc.date.empty()) {
      e.date = doc.date.substr(0, 10);
      e.date_precision = "day";
      e.provenance.date_rule = "publication";
    }
  }
}

}  // namespace faultline
