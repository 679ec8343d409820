#include "code/legacy/petrarch_verbs.h"

#include <set>

#include "code/legacy/petrarch_lines.h"

namespace faultline::petrarch {
namespace {

// PETRARCH's plural for a single-word synset member.
std::string MemberPlural(const std::string& w) {
  if (w.empty()) return w;
  char last = w.back();
  if (last == 'Y' || last == 'y') return w.substr(0, w.size() - 1) + "IES";
  if (last == 'S' || last == 's') return w + "ES";
  return w + "S";
}

class Resolver {
 public:
  explicit Resolver(const std::map<std::string, std::vector<std::string>>& raw) : raw_(raw) {}

  // The folded alternatives of synset `name` (with '&'); false when undefined.
  bool Resolve(const std::string& name, std::vector<std::vector<std::string>>* out) {
    auto done = resolved_.find(name);
    if (done != resolved_.end()) {
      *out = done->second;
      return true;
    }
    auto it = raw_.find(name);
    if (it == raw_.end() || active_.count(name)) return false;
    active_.insert(name);
    const bool no_plural = !name.empty() && name.back() == '_';
    std::vector<std::vector<std::string>> alts;
    for (const std::string& member : it->second) {
      if (member[0] == '&') {
        std::vector<std::vector<std::string>> sub;
        if (Resolve(member, &sub)) alts.insert(alts.end(), sub.begin(), sub.end());
        continue;
      }
      std::string m;
      for (char c : member) {
        if (c != '(' && c != ')' && c != '{' && c != '}') m += c;
      }
      m = Trim(m);
      const bool keep_singular = !m.empty() && m.back() == '_';
      std::vector<std::string> toks = PhraseTokens(m);
      if (toks.empty()) continue;
      alts.push_back(toks);
      const bool one_word = m.find(' ') == std::string::npos && m.find('_') == std::string::npos;
      if (!no_plural && !keep_singular && one_word) alts.push_back(PhraseTokens(MemberPlural(m)));
    }
    active_.erase(name);
    resolved_[name] = alts;
    *out = std::move(alts);
    return true;
  }

 private:
  const std::map<std::string, std::vector<std::string>>& raw_;
  std::map<std::string, std::vector<std::vector<std::string>>> resolved_;
  std::set<std::string> active_;  // cycle guard
};

// Splits a pattern side into symbols, with brackets as symbols of their own.
std::vector<std::string> PatternSymbols(std::string_view s) {
  std::string spaced;
  for (char c : s) {
    if (c == '{' || c == '}' || c == '(' || c == ')') {
      spaced += ' ';
      spaced += c;
      spaced += ' ';
    } else {
      spaced += c;
    }
  }
  return SplitWhitespace(spaced);
}

Status ParseSide(std::string_view file, uint32_t line, std::string_view side,
                 std::vector<Slot>* slots, int* words, int* stray) {
  int group = -1, groups = 0, prep = -1, preps = 0;
  bool prep_head_next = false;
  for (const std::string& sym : PatternSymbols(side)) {
    if (sym == "{") {
      if (group >= 0) return LineError(file, line, "nested '{'", side);
      group = groups++;
      continue;
    }
    if (sym == "}") {
      if (group < 0) return LineError(file, line, "unmatched '}'", side);
      if (!slots->empty() && slots->back().group == group) slots->back().head = true;
      group = -1;
      continue;
    }
    if (sym == "(") {
      if (prep >= 0 || group >= 0) return LineError(file, line, "nested '('", side);
      prep = preps++;
      prep_head_next = true;
      continue;
    }
    if (sym == ")") {
      if (prep < 0 && group < 0) {
        // CAMEO.2.0 has "(WITH VISIT) VISIT)"; PETRARCH reads past a stray ')', so do we.
        ++*stray;
        continue;
      }
      if (prep < 0 || group >= 0) return LineError(file, line, "unmatched ')'", side);
      if (prep_head_next) return LineError(file, line, "empty '()'", side);
      prep = -1;
      continue;
    }
    Slot slot;
    slot.prep = prep;
    slot.group = group;
    slot.head = group < 0;
    if (sym == "$") {
      slot.kind = SlotKind::kSource;
    } else if (sym == "+") {
      slot.kind = SlotKind::kTarget;
    } else if (sym == "^") {
      slot.kind = SlotKind::kSkip;
    } else if (sym == "%") {
      slot.kind = SlotKind::kCompound;
    } else {
      slot.kind = prep_head_next ? SlotKind::kPrep : SlotKind::kWord;
      slot.term.text = sym;
      if (sym[0] != '&') {
        std::vector<std::string> toks = PhraseTokens(sym);
        if (toks.empty()) return LineError(file, line, "unreadable pattern word", sym);
        slot.term.alternatives.push_back(std::move(toks));
      }
      ++*words;
    }
    if (prep_head_next && slot.kind != SlotKind::kPrep) {
      return LineError(file, line, "'(' must start with a preposition", side);
    }
    prep_head_next = false;
    if (slot.group >= 0) slot.head = false;
    slots->push_back(std::move(slot));
  }
  if (group >= 0) return LineError(file, line, "missing '}'", side);
  if (prep >= 0) return LineError(file, line, "missing ')'", side);
  return Status::Ok();
}

Status ParsePattern(std::string_view file, const SourceLine& line, VerbPattern* p,
                    std::vector<std::string>* warnings) {
  std::string body = line.text[0] == '-' ? line.text.substr(1) : line.text;
  size_t open = body.rfind('[');
  if (open == std::string::npos) return LineError(file, line.number, "pattern without [CODE]", line.text);
  size_t close = body.find(']', open);
  if (close == std::string::npos) return LineError(file, line.number, "missing ']'", line.text);
  p->code = Trim(body.substr(open + 1, close - open - 1));
  if (p->code.empty() || p->code.find(' ') != std::string::npos) {
    return LineError(file, line.number, "bad pattern code", line.text);
  }
  if (!Trim(body.substr(close + 1)).empty()) {
    return LineError(file, line.number, "text after the code", line.text);
  }
  std::string pat = body.substr(0, open);
  size_t star = pat.find('*');
  if (star == std::string::npos) return LineError(file, line.number, "pattern without '*'", line.text);
  if (pat.find('*', star + 1) != std::string::npos) {
    return LineError(file, line.number, "pattern with two '*'", line.text);
  }
  int stray = 0;
  FL_RETURN_IF_ERROR(
      ParseSide(file, line.number, pat.substr(0, star), &p->pre, &p->words, &stray));
  FL_RETURN_IF_ERROR(
      ParseSide(file, line.number, pat.substr(star + 1), &p->post, &p->words, &stray));
  if (stray > 0) {
    warnings->push_back(std::string(file) + ":" + std::to_string(line.number) +
                        ": stray ')' ignored: '" + line.text + "'");
  }
  p->id = std::string(file) + ":" + std::to_string(line.number);
  p->text = Trim(pat);
  return Status::Ok();
}

// "WIRE_+TAP" -> form "tap" with before {"wire"}; "+CORDON_OFF" -> "cordon" + {"off"}.
Status ParseVerbWord(std::string_view file, const SourceLine& line, const std::string& written,
                     VerbForm* form) {
  if (written.find('_') == std::string::npos || written.find('+') == std::string::npos) {
    std::string w = written;
    if (!w.empty() && w[0] == '+') w = w.substr(1);
    std::vector<std::string> toks = PhraseTokens(w);
    if (toks.empty()) return LineError(file, line.number, "unreadable verb", written);
    form->word = toks[0];
    form->after.assign(toks.begin() + 1, toks.end());
    return Status::Ok();
  }
  std::vector<std::string> parts;
  size_t i = 0;
  while (i <= written.size()) {
    size_t us = written.find('_', i);
    if (us == std::string::npos) us = written.size();
    if (us > i) parts.push_back(written.substr(i, us - i));
    i = us + 1;
  }
  int main = -1;
  for (size_t k = 0; k < parts.size(); ++k) {
    if (parts[k][0] == '+') {
      if (main >= 0) return LineError(file, line.number, "two '+' in a multi-word verb", written);
      main = static_cast<int>(k);
      parts[k] = parts[k].substr(1);
    }
  }
  if (main < 0 || parts[main].empty()) {
    return LineError(file, line.number, "multi-word verb needs '+' on its verb", written);
  }
  for (size_t k = 0; k < parts.size(); ++k) {
    std::vector<std::string> toks = PhraseTokens(parts[k]);
    if (toks.empty()) continue;
    if (static_cast<int>(k) < main) {
      form->before.insert(form->before.end(), toks.begin(), toks.end());
    } else if (static_cast<int>(k) == main) {
      form->word = toks[0];
      form->after.insert(form->after.end(), toks.begin() + 1, toks.end());
    } else {
      form->after.insert(form->after.end(), toks.begin(), toks.end());
    }
  }
  if (form->word.empty()) return LineError(file, line.number, "unreadable verb", written);
  return Status::Ok();
}

}  // namespace

size_t VerbDictionary::pattern_count() const {
  size_t n = 0;
  for (const VerbBlock& b : blocks) n += b.patterns.size();
  return n;
}

Status ParseVerbs(std::string_view file, std::string_view content, VerbDictionary* dict) {
  std::map<std::string, int> block_of_name;
  int block = -1;
  std::string synset;  // the set whose '+' members are being read
  for (const SourceLine& line : CleanLines(content, HashComments::kAfterSpace)) {
    const std::string& t = line.text;
    if (t[0] == '&') {
      std::vector<std::string> parts = SplitWhitespace(t);
      synset = parts[0];
      if (synset.size() < 2) return LineError(file, line.number, "synset without a name", t);
      dict->synset_members[synset];  // an empty set is still defined
      continue;
    }
    if (t[0] == '+' && !synset.empty()) {
      std::string member = Trim(t.substr(1));
      if (member.empty()) return LineError(file, line.number, "empty synset member", t);
      dict->synset_members[synset].push_back(member);
      continue;
    }
    synset.clear();
    if (t.rfind("---", 0) == 0) {
      std::string inner = t;
      while (!inner.empty() && inner.front() == '-') inner.erase(inner.begin());
      while (!inner.empty() && inner.back() == '-') inner.pop_back();
      inner = Trim(inner);
      std::string code = "---";
      size_t open = inner.find('[');
      if (open != std::string::npos) {
        size_t close = inner.find(']', open);
        if (close == std::string::npos) return LineError(file, line.number, "missing ']'", t);
        code = Trim(inner.substr(open + 1, close - open - 1));
        inner = Trim(inner.substr(0, open));
      }
      if (inner.empty() || inner.find(' ') != std::string::npos) {
        return LineError(file, line.number, "block header needs one name", t);
      }
      auto [it, added] = block_of_name.emplace(inner, static_cast<int>(dict->blocks.size()));
      if (added) dict->blocks.push_back(VerbBlock{inner, code, {}});
      block = it->second;
      // A repeated block keeps its patterns; the header's code applies to the verbs
      // listed under it, which is what the per-verb code below records.
      dict->blocks[block].code = code;
      continue;
    }
    if (t[0] == '~') {
      if (t.find('=') == std::string::npos) {
        return LineError(file, line.number, "transformation without '='", t);
      }
      dict->transformations.push_back(t);
      continue;
    }
    if (block < 0) return LineError(file, line.number, "line outside a --- BLOCK --- ", t);
    if (t[0] == '-' || t[0] == '*') {
      VerbPattern p;
      FL_RETURN_IF_ERROR(ParsePattern(file, line, &p, &dict->warnings));
      dict->blocks[block].patterns.push_back(std::move(p));
      continue;
    }
    // A verb line: WORD {FORMS} [CODE]. ';' is TABARI's comment mark, still in CAMEO.2.0.
    std::string rest = t.substr(0, t.find(';'));
    std::string code = dict->blocks[block].code;
    size_t open = rest.find('[');
    if (open != std::string::npos) {
      size_t close = rest.find(']', open);
      if (close == std::string::npos) return LineError(file, line.number, "missing ']'", t);
      code = Trim(rest.substr(open + 1, close - open - 1));
      if (code.empty()) return LineError(file, line.number, "empty verb code", t);
      rest = rest.substr(0, open) + rest.substr(close + 1);
    }
    std::vector<std::string> inflections;
    size_t brace = rest.find('{');
    if (brace != std::string::npos) {
      size_t end = rest.find('}', brace);
      if (end == std::string::npos) return LineError(file, line.number, "missing '}'", t);
      inflections = SplitWhitespace(rest.substr(brace + 1, end - brace - 1));
      rest = rest.substr(0, brace) + rest.substr(end + 1);
    } else if (rest.find('}') != std::string::npos) {
      return LineError(file, line.number, "unmatched '}'", t);
    }
    std::vector<std::string> words = SplitWhitespace(rest);
    if (words.size() != 1) return LineError(file, line.number, "expected one verb per line", t);
    const std::string id = std::string(file) + ":" + std::to_string(line.number);
    VerbForm base;
    base.code = code;
    base.block = block;
    base.id = id;
    FL_RETURN_IF_ERROR(ParseVerbWord(file, line, words[0], &base));
    dict->forms.push_back(base);
    for (const std::string& w : inflections) {
      VerbForm f;
      f.code = code;
      f.block = block;
      f.id = id;
      f.inflected = true;
      FL_RETURN_IF_ERROR(ParseVerbWord(file, line, w, &f));
      dict->forms.push_back(std::move(f));
    }
  }
  // Synsets may be defined after their first use, so they are resolved at the end.
  Resolver resolver(dict->synset_members);
  for (VerbBlock& b : dict->blocks) {
    for (VerbPattern& p : b.patterns) {
      for (std::vector<Slot>* side : {&p.pre, &p.post}) {
        for (Slot& s : *side) {
          if (s.term.text.empty() || s.term.text[0] != '&') continue;
          if (!resolver.Resolve(s.term.text, &s.term.alternatives)) {
            s.term.undefined = true;
            ++dict->undefined_synset_uses;
          }
        }
      }
    }
  }
  return Status::Ok();
}

Status LoadVerbs(const std::string& path, VerbDictionary* dict) {
  std::string content;
  FL_RETURN_IF_ERROR(ReadFileToString(path, &content));
  return ParseVerbs(path, content, dict);
}

}  // namespace faultline::petrarch
