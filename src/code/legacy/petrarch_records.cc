#include "code/legacy/petrarch_records.h"

#include <algorithm>

#include "code/legacy/petrarch_actors.h"
#include "code/legacy/petrarch_lines.h"
#include "util/utf8.h"

namespace faultline::petrarch {
namespace {

// Blanks out <!-- ... --> keeping newlines, so offsets still give line numbers.
std::string WithoutComments(std::string_view content) {
  std::string out(content);
  size_t i = 0;
  while ((i = out.find("<!--", i)) != std::string::npos) {
    size_t end = out.find("-->", i + 4);
    size_t stop = end == std::string::npos ? out.size() : end + 3;
    for (size_t k = i; k < stop; ++k) {
      if (out[k] != '\n') out[k] = ' ';
    }
    i = stop;
  }
  return out;
}

uint32_t LineOf(std::string_view s, size_t pos) {
  return 1 + static_cast<uint32_t>(std::count(s.begin(), s.begin() + static_cast<long>(pos), '\n'));
}

// Attributes of a start tag's inside: key="value" pairs (single quotes too).
Status Attributes(std::string_view file, uint32_t line, std::string_view tag,
                  std::map<std::string, std::string>* attrs) {
  size_t i = 0;
  while (i < tag.size()) {
    while (i < tag.size() && (tag[i] == ' ' || tag[i] == '\t' || tag[i] == '\n' || tag[i] == '/')) ++i;
    if (i >= tag.size()) break;
    size_t eq = tag.find('=', i);
    if (eq == std::string_view::npos) return LineError(file, line, "attribute without '='", tag);
    std::string key = Trim(tag.substr(i, eq - i));
    size_t q = eq + 1;
    while (q < tag.size() && tag[q] == ' ') ++q;
    if (q >= tag.size() || (tag[q] != '"' && tag[q] != '\'')) {
      return LineError(file, line, "unquoted attribute", tag);
    }
    size_t close = tag.find(tag[q], q + 1);
    if (close == std::string_view::npos) return LineError(file, line, "unterminated attribute", tag);
    (*attrs)[key] = DecodeXmlEntities(tag.substr(q + 1, close - q - 1));
    i = close + 1;
  }
  return Status::Ok();
}

std::string Collapse(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

}  // namespace

std::string DecodeXmlEntities(std::string_view s) {
  std::string out;
  size_t i = 0;
  while (i < s.size()) {
    if (s[i] != '&') {
      out += s[i++];
      continue;
    }
    size_t semi = s.find(';', i);
    if (semi == std::string_view::npos || semi - i > 10) {
      out += s[i++];
      continue;
    }
    std::string_view name = s.substr(i + 1, semi - i - 1);
    if (name == "amp") {
      out += '&';
    } else if (name == "lt") {
      out += '<';
    } else if (name == "gt") {
      out += '>';
    } else if (name == "quot") {
      out += '"';
    } else if (name == "apos") {
      out += '\'';
    } else if (name.size() > 1 && name[0] == '#') {
      char32_t cp = 0;
      bool hex = name[1] == 'x' || name[1] == 'X';
      bool ok = name.size() > (hex ? 2u : 1u);
      for (size_t k = hex ? 2 : 1; k < name.size() && ok; ++k) {
        char c = name[k];
        int d = c >= '0' && c <= '9' ? c - '0'
                : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
                : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (d < 0 || cp > 0x10FFFF) {
          ok = false;
        } else {
          cp = cp * (hex ? 16 : 10) + static_cast<char32_t>(d);
        }
      }
      if (!ok || cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        out.append(s.substr(i, semi - i + 1));
      } else {
        utf8::Append(out, cp);
      }
    } else {
      out.append(s.substr(i, semi - i + 1));
    }
    i = semi + 1;
  }
  return out;
}

Status ParseValidationRecords(std::string_view file, std::string_view content,
                              ValidationSuite* suite) {
  const std::string text = WithoutComments(content);
  // <Environment>: simple <Tag>value</Tag> lines.
  size_t env = text.find("<Environment>");
  if (env != std::string::npos) {
    size_t env_end = text.find("</Environment>", env);
    if (env_end == std::string::npos) {
      return LineError(file, LineOf(text, env), "unterminated <Environment>", "<Environment>");
    }
    size_t i = env + 13;
    while ((i = text.find('<', i)) < env_end) {
      size_t gt = text.find('>', i);
      if (gt == std::string::npos || gt > env_end) break;
      std::string tag = text.substr(i + 1, gt - i - 1);
      if (tag.empty() || tag[0] == '/') {
        i = gt + 1;
        continue;
      }
      size_t close = text.find("</" + tag + ">", gt);
      if (close == std::string::npos || close > env_end) {
        i = gt + 1;
        continue;
      }
      std::string value = Trim(DecodeXmlEntities(text.substr(gt + 1, close - gt - 1)));
      if (tag == "Include") {
        suite->include = SplitWhitespace(value);
      } else {
        suite->environment[tag] = value;
      }
      i = close;
    }
  }
  size_t pos = 0;
  while ((pos = text.find("<Sentence", pos)) != std::string::npos) {
    const char after = pos + 9 < text.size() ? text[pos + 9] : '\0';
    if (after != ' ' && after != '>' && after != '\t' && after != '\n') {  // <Sentences>
      pos += 9;
      continue;
    }
    const uint32_t line = LineOf(text, pos);
    size_t gt = text.find('>', pos);
    size_t end = text.find("</Sentence>", pos);
    if (gt == std::string::npos || end == std::string::npos || end < gt) {
      return LineError(file, line, "<Sentence> without </Sentence>", text.substr(pos, 60));
    }
    ValidationRecord rec;
    rec.line = line;
    std::map<std::string, std::string> attrs;
    FL_RETURN_IF_ERROR(Attributes(file, line, std::string_view(text).substr(pos + 9, gt - pos - 9), &attrs));
    rec.id = attrs["id"];
    rec.category = attrs["category"];
    if (rec.id.empty()) return LineError(file, line, "<Sentence> without id", text.substr(pos, gt - pos + 1));
    std::string ev = attrs.count("evaluate") ? attrs["evaluate"] : "true";
    std::transform(ev.begin(), ev.end(), ev.begin(), [](unsigned char c) { return std::tolower(c); });
    rec.evaluate = ev != "false";
    if (!attrs["date"].empty() && !ParsePetrarchDate(attrs["date"], &rec.date)) {
      return LineError(file, line, "bad date", attrs["date"]);
    }
    std::string_view body = std::string_view(text).substr(gt + 1, end - gt - 1);
    // Expectations.
    size_t e = 0;
    while ((e = body.find("<EventCoding", e)) != std::string_view::npos) {
      size_t egt = body.find('>', e);
      if (egt == std::string_view::npos) return LineError(file, line, "unterminated <EventCoding", body.substr(e, 60));
      std::map<std::string, std::string> ea;
      const uint32_t eline = LineOf(text, gt + 1 + e);
      FL_RETURN_IF_ERROR(Attributes(file, eline, body.substr(e + 12, egt - e - 12), &ea));
      if (ea.count("noevents")) {
        rec.no_events = true;
      } else if (ea.count("error")) {
        rec.error = ea["error"];
      } else if (ea.count("eventcode")) {
        rec.events.push_back(ExpectedEvent{ea["eventcode"], ea["sourcecode"], ea["targetcode"]});
      } else {
        return LineError(file, eline, "<EventCoding> needs eventcode, noevents or error",
                         body.substr(e, egt - e + 1));
      }
      e = egt + 1;
    }
    size_t t0 = body.find("<Text>");
    size_t t1 = body.find("</Text>");
    if (t0 == std::string_view::npos || t1 == std::string_view::npos || t1 < t0) {
      return LineError(file, line, "record without <Text>...</Text>", rec.id);
    }
    rec.text = Collapse(DecodeXmlEntities(body.substr(t0 + 6, t1 - t0 - 6)));
    Status valid = utf8::Validate(rec.text);
    if (!valid.ok()) return LineError(file, line, valid.message(), rec.id);
    suite->records.push_back(std::move(rec));
    pos = end + 11;
  }
  return Status::Ok();
}

Status LoadValidationRecords(const std::string& path, ValidationSuite* suite) {
  std::string content;
  FL_RETURN_IF_ERROR(ReadFileToString(path, &content));
  return ParseValidationRecords(path, content, suite);
}

}  // namespace faultline::petrarch
