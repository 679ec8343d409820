#include "code/legacy/petrarch_agents.h"

#include <map>

#include "code/legacy/petrarch_lines.h"

namespace faultline::petrarch {
namespace {

// PETRARCH's regular plural of the last letter of a phrase.
std::string RegularPlural(const std::string& phrase) {
  if (phrase.empty()) return phrase;
  char last = phrase.back();
  if (last == 'Y' || last == 'y') return phrase.substr(0, phrase.size() - 1) + "IES";
  if (last == 'S' || last == 's') return phrase + "ES";
  return phrase + "S";
}

Status Store(std::string_view file, const SourceLine& line, const std::string& phrase,
             const AgentEntry& proto, AgentDictionary* dict) {
  AgentEntry e = proto;
  e.words = PhraseTokens(phrase);
  if (e.words.empty()) return LineError(file, line.number, "empty agent phrase", line.text);
  dict->entries.push_back(std::move(e));
  return Status::Ok();
}

}  // namespace

Status ParseAgents(std::string_view file, std::string_view content, AgentDictionary* dict) {
  std::map<std::string, std::vector<std::string>> sets;  // substitution markers
  for (const SourceLine& line : CleanLines(content)) {
    const std::string& t = line.text;
    size_t bang = t.find('!');
    if (bang != std::string::npos && t.find('=') != std::string::npos) {
      size_t end = t.find('!', bang + 1);
      size_t eq = t.find('=', bang);
      if (end == std::string::npos || eq == std::string::npos || eq < end) {
        return LineError(file, line.number, "bad substitution set", t);
      }
      std::vector<std::string>& members = sets[t.substr(bang + 1, end - bang - 1)];
      members.clear();
      std::string list = t.substr(eq + 1);
      size_t i = 0;
      while (i <= list.size()) {
        size_t comma = list.find(',', i);
        if (comma == std::string::npos) comma = list.size();
        std::string m = Trim(list.substr(i, comma - i));
        if (!m.empty()) members.push_back(m);
        i = comma + 1;
      }
      if (members.empty()) return LineError(file, line.number, "empty substitution set", t);
      continue;
    }
    size_t open = t.find('[');
    if (open == std::string::npos) {
      // PETRARCH skips these with a warning; Phoenix has a few ("ISLAMIC_EXTREMIST").
      dict->warnings.push_back(std::string(file) + ":" + std::to_string(line.number) +
                               ": agent without [CODE] skipped: '" + t + "'");
      continue;
    }
    size_t close = t.find(']', open);
    if (close == std::string::npos) {
      // Phoenix has "[~ENV}"; PETRARCH reads to the end of the line. We accept a '}' typo
      // for ']' at the end and say so; anything else is an error.
      if (t.back() != '}') return LineError(file, line.number, "missing ']'", t);
      close = t.size() - 1;
      dict->warnings.push_back(std::string(file) + ":" + std::to_string(line.number) +
                               ": '}' read as ']': '" + t + "'");
    }
    std::string code = Trim(t.substr(open + 1, close - open - 1));
    AgentEntry proto;
    proto.id = std::string(file) + ":" + std::to_string(line.number);
    if (!code.empty() && code.front() == '~') {
      proto.code = Trim(code.substr(1));
    } else if (!code.empty() && code.back() == '~') {
      proto.code = Trim(code.substr(0, code.size() - 1));
      proto.prefix = true;
    } else {
      return LineError(file, line.number, "agent code needs '~' before or after it", t);
    }
    if (proto.code.empty() || proto.code.find(' ') != std::string::npos) {
      return LineError(file, line.number, "bad agent code", t);
    }
    std::string phrase = t.substr(0, open);
    if (phrase.find('!') != std::string::npos) {
      size_t a = phrase.find('!');
      size_t b = phrase.find('!', a + 1);
      if (b == std::string::npos) return LineError(file, line.number, "unclosed !MARKER!", t);
      auto it = sets.find(phrase.substr(a + 1, b - a - 1));
      if (it == sets.end()) return LineError(file, line.number, "undefined substitution marker", t);
      for (const std::string& m : it->second) {
        FL_RETURN_IF_ERROR(
            Store(file, line, phrase.substr(0, a) + m + phrase.substr(b + 1), proto, dict));
      }
      continue;
    }
    std::string plural;
    size_t brace = phrase.find('{');
    if (brace != std::string::npos) {
      size_t end = phrase.find('}', brace);
      if (end == std::string::npos) return LineError(file, line.number, "missing '}'", t);
      plural = Trim(phrase.substr(brace + 1, end - brace - 1));
      phrase = Trim(phrase.substr(0, brace));
    } else {
      phrase = Trim(phrase);
      plural = RegularPlural(phrase);
    }
    FL_RETURN_IF_ERROR(Store(file, line, phrase, proto, dict));
    if (!plural.empty()) FL_RETURN_IF_ERROR(Store(file, line, plural, proto, dict));
  }
  return Status::Ok();
}

Status LoadAgents(const std::string& path, AgentDictionary* dict) {
  std::string content;
  FL_RETURN_IF_ERROR(ReadFileToString(path, &content));
  return ParseAgents(path, content, dict);
}

}  // namespace faultline::petrarch
