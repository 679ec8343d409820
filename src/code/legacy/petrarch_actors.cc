#include "code/legacy/petrarch_actors.h"

#include <algorithm>

#include "code/legacy/petrarch_lines.h"

namespace faultline::petrarch {
namespace {

int32_t DayBefore(int32_t yyyymmdd) {
  int64_t days = DaysFromCivil(yyyymmdd / 10000, (yyyymmdd / 100) % 100, yyyymmdd % 100) - 1;
  // civil_from_days (H. Hinnant's algorithm).
  days += 719468;
  const int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(days - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t y = static_cast<int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  if (m <= 2) ++y;
  return static_cast<int32_t>(y * 10000 + m * 100 + d);
}

// Parses the inside of one "[...]" block: "CODE", "CODE <D", "CODE A - B" ...
Status ParseCodeBlock(std::string_view file, uint32_t line, std::string_view inside,
                      DatedCode* out) {
  std::vector<std::string> parts = SplitWhitespace(inside);
  if (parts.empty()) return LineError(file, line, "empty code block", inside);
  out->code = parts[0];
  std::string rest;
  for (size_t i = 1; i < parts.size(); ++i) rest += parts[i];
  if (rest.empty()) return Status::Ok();
  out->dated = true;
  int32_t a = 0, b = 0;
  if (rest[0] == '<') {
    if (!ParsePetrarchDate(rest.substr(1), &b)) return LineError(file, line, "bad date", inside);
    out->to = b;
  } else if (rest[0] == '>') {
    if (!ParsePetrarchDate(rest.substr(1), &a)) return LineError(file, line, "bad date", inside);
    out->from = a;
  } else {
    size_t dash = rest.find('-');
    if (dash == std::string::npos) {
      // A lone date: PETRARCH stores it as a one-day range.
      if (!ParsePetrarchDate(rest, &a)) return LineError(file, line, "bad date", inside);
      out->from = out->to = a;
      return Status::Ok();
    }
    if (!ParsePetrarchDate(rest.substr(0, dash), &a) ||
        !ParsePetrarchDate(rest.substr(dash + 1), &b)) {
      return LineError(file, line, "bad date range", inside);
    }
    out->from = a;
    out->to = b;
  }
  return Status::Ok();
}

// Pulls every "[...]" block out of `text`; what remains is the name part.
Status ExtractCodes(std::string_view file, uint32_t line, std::string_view text,
                    std::string* name, std::vector<DatedCode>* codes) {
  name->clear();
  size_t i = 0;
  while (i < text.size()) {
    size_t open = text.find('[', i);
    if (open == std::string_view::npos) {
      name->append(text.substr(i));
      break;
    }
    name->append(text.substr(i, open - i));
    size_t close = text.find(']', open);
    if (close == std::string_view::npos) return LineError(file, line, "missing ']'", text);
    DatedCode code;
    FL_RETURN_IF_ERROR(ParseCodeBlock(file, line, text.substr(open + 1, close - open - 1), &code));
    codes->push_back(std::move(code));
    i = close + 1;
  }
  *name = Trim(*name);
  return Status::Ok();
}

void AdjustBoundaries(std::vector<DatedCode>& codes) {
  for (DatedCode& c : codes) {
    if (!c.dated || c.from == 0 || c.to == 99999999) continue;
    for (const DatedCode& o : codes) {
      if (&o != &c && o.dated && o.from == c.to && o.from != 0) {
        c.to = DayBefore(c.to);
        break;
      }
    }
  }
}

}  // namespace

int64_t DaysFromCivil(int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

bool ParsePetrarchDate(std::string_view s, int32_t* out) {
  // PETRARCH checks only the first eight characters of a long date, and Phoenix relies on
  // it ("201005011").
  if (s.size() < 6 || s.size() > 10) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  int32_t y, m, d;
  auto num = [&](size_t b, size_t n) { return std::stoi(std::string(s.substr(b, n))); };
  if (s.size() >= 8) {
    y = num(0, 4);
    m = num(4, 2);
    d = num(6, 2);
  } else {
    // PETRARCH reads anything up to seven characters as YYMMDD (so "2004017" is
    // 2020-04-01 there); we do the same so that codes mean what they meant.
    y = num(0, 2);
    y += y <= 30 ? 2000 : 1900;
    m = num(2, 2);
    d = num(4, 2);
  }
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  *out = y * 10000 + m * 100 + d;
  return true;
}

std::string ResolveActorCode(const std::vector<DatedCode>& codes, int32_t date) {
  const DatedCode* undated = nullptr;
  const DatedCode* latest = nullptr;
  for (const DatedCode& c : codes) {
    if (!c.dated) {
      if (undated == nullptr) undated = &c;
      continue;
    }
    if (date != 0 && c.from <= date && date <= c.to) return c.code == "---" ? "" : c.code;
    if (latest == nullptr || c.to > latest->to) latest = &c;
  }
  const DatedCode* pick = undated;
  if (pick == nullptr && date == 0) pick = latest;
  if (pick == nullptr || pick->code == "---") return "";
  return pick->code;
}

Status ParseActors(std::string_view file, std::string_view content, ActorDictionary* dict) {
  ActorEntry current;
  bool open = false;
  auto finish = [&] {
    if (!open) return;
    if (current.codes.empty()) {
      ++dict->codeless;
    } else {
      AdjustBoundaries(current.codes);
      dict->entries.push_back(std::move(current));
    }
    current = ActorEntry();
    open = false;
  };
  for (const SourceLine& line : CleanLines(content)) {
    const std::string& t = line.text;
    std::string name;
    std::vector<DatedCode> codes;
    FL_RETURN_IF_ERROR(ExtractCodes(file, line.number, t, &name, &codes));
    if (t[0] == '[') {
      if (!open) return LineError(file, line.number, "code before any actor name", t);
      if (!name.empty()) return LineError(file, line.number, "text after code block", t);
      for (DatedCode& c : codes) current.codes.push_back(std::move(c));
      continue;
    }
    if (t[0] == '+') {
      if (!open) return LineError(file, line.number, "synonym before any actor name", t);
      name = Trim(name.substr(1));
    } else {
      finish();
      open = true;
      current.id = std::string(file) + ":" + std::to_string(line.number);
    }
    if (name.find(']') != std::string::npos) {
      // Phoenix has "+FAEROYENE]_"; PETRARCH keeps the ']' in the name, which then never
      // matches. We drop it and say so.
      name.erase(std::remove(name.begin(), name.end(), ']'), name.end());
      dict->warnings.push_back(std::string(file) + ":" + std::to_string(line.number) +
                               ": stray ']' dropped: '" + t + "'");
    }
    std::vector<std::string> tokens = PhraseTokens(name);
    if (tokens.empty()) return LineError(file, line.number, "empty actor name", t);
    current.names.push_back(std::move(tokens));
    for (DatedCode& c : codes) current.codes.push_back(std::move(c));
  }
  finish();
  return Status::Ok();
}

Status LoadActors(const std::string& path, ActorDictionary* dict) {
  std::string content;
  FL_RETURN_IF_ERROR(ReadFileToString(path, &content));
  return ParseActors(path, content, dict);
}

}  // namespace faultline::petrarch
