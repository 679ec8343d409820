#include "code/legacy/tabari_codes.h"

#include <cctype>
#include <cstdio>
#include <cstdlib>

namespace faultline::tabari {

namespace {

constexpr int kMonthStart[13] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365};

std::string Trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return std::string(s.substr(b, e - b));
}

bool Digits(std::string_view s, size_t pos, size_t n, int* value) {
  if (pos + n > s.size()) return false;
  int v = 0;
  for (size_t i = pos; i < pos + n; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
    v = v * 10 + (s[i] - '0');
  }
  *value = v;
  return true;
}

// "A:B/C" -> items; codes are trimmed.
void ParseItems(std::string_view s, CodeTable* codes, std::vector<ActorItem>* items) {
  size_t start = 0;
  while (true) {
    size_t slash = s.find('/', start);
    std::string_view part =
        s.substr(start, slash == std::string_view::npos ? s.size() - start : slash - start);
    ActorItem item;
    size_t colon = part.find(':');
    if (colon != std::string_view::npos) {
      item.actor = codes->Intern(Trim(part.substr(0, colon)));
      item.agent = codes->Intern(Trim(part.substr(colon + 1)));
    } else {
      item.actor = codes->Intern(Trim(part));
    }
    items->push_back(item);
    if (slash == std::string_view::npos) break;
    start = slash + 1;
  }
}

Status ParseDate(std::string_view s, long* julian) {
  size_t p = 0;
  while (p < s.size() && !std::isdigit(static_cast<unsigned char>(s[p]))) ++p;
  if (!ParseTabariDate(s.substr(p), false, julian)) {
    return Status::InvalidInput("invalid date restriction '" + std::string(s) + "'");
  }
  return Status::Ok();
}

Status ParseBlock(const std::string& block, CodeTable* codes, DatedBlock* out) {
  size_t lt = block.find('<'), gt = block.find('>');
  if (lt != std::string::npos || gt != std::string::npos) {
    const size_t at = lt != std::string::npos ? lt : gt;
    out->kind = lt != std::string::npos ? DatedBlock::Kind::kBefore : DatedBlock::Kind::kAfter;
    if (Trim(block.substr(0, at)).empty()) return Status::InvalidInput("no code before date");
    FL_RETURN_IF_ERROR(ParseDate(block.substr(at + 1), &out->d1));
    ParseItems(block.substr(0, at), codes, &out->items);
    return Status::Ok();
  }
  // A range "CODE 950601-990815"; the dash of a "---" code is not a range.
  size_t dash = block.find('-');
  if (dash != std::string::npos && block.compare(dash, 3, "---") == 0) {
    dash = block.find('-', dash + 3);
  }
  if (dash != std::string::npos) {
    size_t p = dash;
    while (p > 0 && block[p - 1] == ' ') --p;
    while (p > 0 && std::isdigit(static_cast<unsigned char>(block[p - 1]))) --p;
    if (p == 0 || block[p - 1] != ' ') return Status::InvalidInput("malformed date range");
    out->kind = DatedBlock::Kind::kBetween;
    if (Trim(block.substr(0, p - 1)).empty()) return Status::InvalidInput("no code before date");
    FL_RETURN_IF_ERROR(ParseDate(block.substr(p, dash - p), &out->d1));
    FL_RETURN_IF_ERROR(ParseDate(block.substr(dash + 1), &out->d2));
    ParseItems(block.substr(0, p - 1), codes, &out->items);
    return Status::Ok();
  }
  out->kind = DatedBlock::Kind::kDefault;
  ParseItems(block, codes, &out->items);
  return Status::Ok();
}

}  // namespace

bool ParseTabariDate(std::string_view s, bool four_digit_year, long* julian) {
  int yr, mo, dy;
  const size_t ylen = four_digit_year ? 4 : 2;
  if (!Digits(s, 0, ylen, &yr) || !Digits(s, ylen, 2, &mo) || !Digits(s, ylen + 2, 2, &dy)) {
    return false;
  }
  if (mo < 1 || mo > 12 || dy < 1 || dy > 31) return false;
  if (four_digit_year) {
    if (yr < 1850 || yr > 2030) return false;
    yr -= 1904;
  } else {
    yr -= 4;
    if (yr < 26) yr += 100;  // two-digit years pivot on 2030
  }
  long j = static_cast<long>(yr) * 365 + (yr + 3) / 4 + kMonthStart[mo - 1] + (dy - 1);
  if (yr % 4 == 0 && mo > 2) ++j;
  *julian = j;
  return true;
}

std::string FormatTabariDate(long julian, bool four_digit_year) {
  long yr = (julian / 1461) * 4;
  long j = julian % 1461;
  if (j >= 366) {
    ++yr;
    j -= 366;
    while (j >= 365) {
      ++yr;
      j -= 365;
    }
  }
  const bool leap = yr % 4 == 0;
  int mo = 0;
  while (mo < 12 && j >= kMonthStart[mo + 1] + (leap && mo + 1 >= 2 ? 1 : 0)) ++mo;
  const long dy = j - kMonthStart[mo] - (leap && mo >= 2 ? 1 : 0) + 1;
  char buf[64];
  if (four_digit_year) {
    std::snprintf(buf, sizeof buf, "%04ld%02d%02ld", yr + 1904, mo + 1, dy);
  } else {
    long y = yr + 4;
    if (y >= 100) y -= 100;
    std::snprintf(buf, sizeof buf, "%02ld%02d%02ld", y, mo + 1, dy);
  }
  return buf;
}

const std::vector<ActorItem>* ActorCode::Resolve(long julian) const {
  for (const DatedBlock& b : blocks) {
    switch (b.kind) {
      case DatedBlock::Kind::kDefault:
        return &b.items;
      case DatedBlock::Kind::kBefore:
        if (julian < b.d1) return &b.items;
        break;
      case DatedBlock::Kind::kAfter:
        if (julian > b.d1) return &b.items;
        break;
      case DatedBlock::Kind::kBetween:
        if (julian >= b.d1 && julian <= b.d2) return &b.items;
        break;
    }
  }
  return nullptr;
}

Status ParseActorCode(std::string_view text, CodeTable* codes, ActorCode* out) {
  out->blocks.clear();
  std::string s(text);
  if (s.find('[') == std::string::npos) {  // a bare code
    DatedBlock b;
    ParseItems(Trim(s), codes, &b.items);
    out->blocks.push_back(std::move(b));
    return Status::Ok();
  }
  // A single date-restricted block gets the null code as its fallback.
  size_t op = s.find_first_of("<>-");
  if (op != std::string::npos && op + 1 < s.size() &&
      std::isdigit(static_cast<unsigned char>(s[op + 1]))) {
    size_t close = s.find(']');
    if (close == std::string::npos || s.find('[', close) == std::string::npos) s += " [---]";
  }
  size_t pos = s.find('[');
  while (pos != std::string::npos) {
    size_t close = s.find(']', pos);
    if (close == std::string::npos) return Status::InvalidInput("missing ']' in '" + s + "'");
    std::string block = Trim(s.substr(pos + 1, close - pos - 1));
    if (block.empty()) return Status::InvalidInput("empty code in '" + s + "'");
    DatedBlock b;
    Status st = ParseBlock(block, codes, &b);
    if (!st.ok()) return Status::InvalidInput(st.message() + " in '[" + block + "]'");
    out->blocks.push_back(std::move(b));
    pos = s.find('[', close);
  }
  return Status::Ok();
}

Status ParseAgentCode(std::string_view text, CodeTable* codes, int* out) {
  size_t open = text.find('['), close = text.find(']');
  if (open == std::string_view::npos || close == std::string_view::npos || close < open) {
    return Status::InvalidInput("agent code needs [...]: '" + std::string(text) + "'");
  }
  std::string code = Trim(text.substr(open + 1, close - open - 1));
  if (code.empty()) return Status::InvalidInput("empty agent code");
  if (code.find('~') == std::string::npos) {
    return Status::InvalidInput("agent code needs '~': '" + code + "'");
  }
  *out = codes->Intern(code);
  return Status::Ok();
}

Status ParseEventCode(std::string_view text, CodeTable* codes, EventCode* out) {
  std::string s(text);
  size_t open = s.find('[');
  if (open != std::string::npos) s = s.substr(open + 1);
  size_t close = s.rfind(']');
  if (close == std::string::npos) return Status::InvalidInput("missing ']' in '" + s + "'");
  s = Trim(s.substr(0, close));
  // Issue and source/target extensions ("/", "$(", "+(", "@(") are not coded by TABARI.
  size_t ext = s.find_first_of("/@$");
  if (ext == std::string::npos) ext = s.find("+(");
  if (ext != std::string::npos) s = s.substr(0, ext);
  auto split = [codes](std::string part, int* code, bool* sub, bool* dom) {
    size_t mark = part.find_first_of("?!");
    if (mark != std::string::npos) {
      *sub = part[mark] == '?';
      *dom = part[mark] == '!';
      part = part.substr(0, mark);
    }
    size_t blank = part.find(' ');
    if (blank != std::string::npos) part = part.substr(0, blank);
    *code = codes->Intern(Trim(part));
  };
  *out = EventCode();
  size_t colon = s.find(':');
  if (colon == std::string::npos) {
    split(s, &out->code, &out->sub, &out->dom);
  } else {
    split(s.substr(0, colon), &out->code, &out->sub, &out->dom);
    split(Trim(s.substr(colon + 1)), &out->pair, &out->pair_sub, &out->pair_dom);
  }
  if (codes->Text(out->code).empty()) return Status::InvalidInput("empty event code");
  return Status::Ok();
}

Status ParseTimeCode(std::string_view text, TimeCode* out) {
  std::string s(text);
  *out = TimeCode();
  if (s.find("---") != std::string::npos) {
    *out = {true, kCodeNull};
  } else if (s.find("###") != std::string::npos) {
    *out = {true, kCodeDiscard};
  } else if (s.find("+++") != std::string::npos) {
    *out = {true, kCodeComplex};
  } else {
    size_t open = s.find('[');
    if (open == std::string::npos) return Status::InvalidInput("time code needs [...]");
    out->value = std::atoi(s.c_str() + open + 1);
  }
  return Status::Ok();
}

}  // namespace faultline::tabari
