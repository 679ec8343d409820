#include "code/legacy/petrarch_lines.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "segment/tokenizer.h"
#include "util/utf8.h"

namespace faultline::petrarch {

std::vector<SourceLine> CleanLines(std::string_view content, HashComments hash) {
  std::vector<SourceLine> out;
  bool in_comment = false;  // inside <!-- ... --> spanning lines
  uint32_t number = 0;
  size_t pos = 0;
  while (pos < content.size()) {
    size_t nl = content.find('\n', pos);
    if (nl == std::string_view::npos) nl = content.size();
    std::string line(content.substr(pos, nl - pos));
    pos = nl + 1;
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const bool indented = !line.empty() && (line[0] == ' ' || line[0] == '\t');
    std::string kept;
    size_t i = 0;
    while (i < line.size()) {
      if (in_comment) {
        size_t end = line.find("-->", i);
        if (end == std::string::npos) {
          i = line.size();
        } else {
          in_comment = false;
          i = end + 3;
        }
        continue;
      }
      size_t open = line.find("<!--", i);
      if (open == std::string::npos) {
        kept.append(line, i, std::string::npos);
        break;
      }
      kept.append(line, i, open - i);
      in_comment = true;
      i = open + 4;
    }
    std::string t = Trim(kept);
    // "<! -- ... -->" and other "<!" lines are comments to PETRARCH as a whole.
    if (t.rfind("<!", 0) == 0) {
      if (t.find("-->") == std::string::npos && t.find("<! --") == 0) in_comment = true;
      continue;
    }
    for (size_t h = t.find('#'); h != std::string::npos; h = t.find('#', h + 1)) {
      if (hash == HashComments::kAnywhere || h == 0 || t[h - 1] == ' ' || t[h - 1] == '\t' ||
          t[h - 1] == ']') {
        t = Trim(t.substr(0, h));
        break;
      }
    }
    if (t.empty()) continue;
    out.push_back(SourceLine{number, std::move(t), indented});
  }
  return out;
}

Status ReadFileToString(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open");
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  // Phoenix.Countries.actors.txt has a stray NUL inside a name ("TIRUCHIR\0PPALLI");
  // PETRARCH reads past it, and a NUL can never match text, so it is dropped.
  out->erase(std::remove(out->begin(), out->end(), '\0'), out->end());
  Status valid = utf8::Validate(*out);
  if (!valid.ok()) return Status::InvalidInput(path + ": " + valid.message());
  return Status::Ok();
}

Status LineError(std::string_view file, uint32_t line, std::string_view reason,
                 std::string_view fragment) {
  std::string msg(file);
  msg += ':';
  msg += std::to_string(line);
  msg += ": ";
  msg += reason;
  msg += ": '";
  msg += fragment.substr(0, 120);
  msg += '\'';
  return Status::InvalidInput(std::move(msg));
}

std::string Trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r' || s[b] == '\n')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r' || s[e - 1] == '\n')) --e;
  return std::string(s.substr(b, e - b));
}

std::vector<std::string> SplitWhitespace(std::string_view s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    size_t j = i;
    while (j < s.size() && s[j] != ' ' && s[j] != '\t') ++j;
    if (j > i) out.emplace_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

std::vector<std::string> PhraseTokens(std::string_view phrase) {
  std::string spaced(phrase);
  for (char& c : spaced) {
    if (c == '_') c = ' ';
  }
  std::vector<std::string> toks = TokenizePhrase(spaced);
  std::vector<std::string> out;
  out.reserve(toks.size());
  for (std::string& t : toks) {
    if (t == "-") continue;
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace faultline::petrarch
