#include "code/legacy/tabari_line.h"

#include <cctype>
#include <fstream>
#include <sstream>

namespace faultline::tabari {

namespace {

std::string Trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return std::string(s.substr(b, e - b));
}

// TABARI's addBlanks: surround c with blanks, but keep "_{" and "}_" attached.
void AddBlanks(std::string* s, char c) {
  size_t pos = s->find(c);
  while (pos != std::string::npos) {
    const char prev = pos > 0 ? (*s)[pos - 1] : '\0';
    const char next = pos + 1 < s->size() ? (*s)[pos + 1] : '\0';
    if (prev != ' ' || next != ' ') {
      std::string with;
      if (c == '{' && prev == '_') {
        with = "{ ";
      } else if (c == '}' && next == '_') {
        with = " }";
      } else {
        with = std::string(" ") + c + " ";
      }
      s->replace(pos, 1, with);
      pos += 2;
    } else {
      ++pos;
    }
    pos = s->find(c, pos);
  }
}

}  // namespace

Status ParseTabariLine(std::string_view line, bool code_optional, TabariLine* out) {
  *out = TabariLine();
  std::string text = Trim(line);
  size_t semi = text.find(';');
  if (semi != std::string::npos) out->comment = text.substr(semi + 1);
  std::string sa = text.substr(0, semi);
  if (!sa.empty() && (sa[0] == '<' || sa[0] == '&')) {  // XML tag or synset designator
    out->phrase = Trim(sa);
    return Status::Ok();
  }
  if (!sa.empty() && (sa[0] == '+' || sa[0] == '{')) sa += " [---]";
  size_t open = sa.find('[');
  if (open != std::string::npos) {
    out->phrase = sa.substr(0, open);
    out->code = sa.substr(open);
    out->has_code = true;
    size_t close = out->code.find(']');
    bool content = false;
    for (size_t i = 1; i < out->code.size() && i != close; ++i) {
      if (static_cast<unsigned char>(out->code[i]) > 32) content = true;
    }
    if (!content) return Status::InvalidInput("empty code");
    if (close == std::string::npos) return Status::InvalidInput("missing ']'");
  } else {
    out->phrase = sa;
    out->code = "---";
    if (!code_optional) return Status::InvalidInput("missing '[' code");
  }
  std::string& p = out->phrase;
  for (size_t i = 0; i < p.size(); ++i) {
    p[i] = static_cast<char>(std::toupper(static_cast<unsigned char>(p[i])));
    if (i > 0 && p[i] == '-') p[i] = '_';  // the leading '-' marks a pattern
  }
  AddBlanks(&p, '{');
  AddBlanks(&p, '|');
  AddBlanks(&p, '}');
  while (!p.empty() && std::isspace(static_cast<unsigned char>(p.back()))) p.pop_back();
  return Status::Ok();
}

Status ReadTabariFile(const std::string& path, std::string* text) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot open " + path);
  std::ostringstream os;
  os << in.rdbuf();
  *text = os.str();
  return Status::Ok();
}

Status ForEachTabariLine(const std::string& path,
                         const std::function<Status(int, const std::string&)>& fn) {
  std::string text;
  FL_RETURN_IF_ERROR(ReadTabariFile(path, &text));
  return ForEachTabariLineIn(path, text, fn);
}

Status ForEachTabariLineIn(const std::string& name, std::string_view text,
                           const std::function<Status(int, const std::string&)>& fn) {
  int number = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    std::string raw(
        text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos));
    pos = nl == std::string_view::npos ? text.size() : nl + 1;
    ++number;
    if (!raw.empty() && raw.back() == '\r') raw.pop_back();
    if (raw.empty() || raw[0] == '/' || raw[0] == '#') continue;
    if (raw[0] == '~') break;  // "~~FINISH": the rest is a comment tail
    std::string line = Trim(raw);
    if (line.empty()) continue;
    Status s = fn(number, line);
    if (!s.ok()) {
      if (s.message().rfind(name + ":", 0) == 0) return s;  // already located
      return LineError(name, number, s.message(), line);
    }
  }
  return Status::Ok();
}

Status LineError(const std::string& path, int line, const std::string& message,
                 std::string_view fragment) {
  std::ostringstream os;
  os << path << ":" << line << ": " << message << ": '" << fragment << "'";
  return Status::InvalidInput(os.str());
}

}  // namespace faultline::tabari
