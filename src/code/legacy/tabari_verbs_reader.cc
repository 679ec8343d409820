// Reader for TABARI .verbs files (see tabari_readers.h).
#include "code/legacy/tabari_line.h"
#include "code/legacy/tabari_readers.h"

namespace faultline::tabari {

namespace {

struct VerbsState {
  Dictionary* dict = nullptr;
  std::vector<std::string>* warnings = nullptr;
  const std::string* path = nullptr;
  enum class Section { kVerbs, kSynsets, kTime, kAttrib } section = Section::kVerbs;
  int pset = -1;      // pattern set of the current verb (or synset, time word)
  bool skip = false;  // current verb was a duplicate: skip its forms and patterns

  std::string Where(int line) const { return *path + ":" + std::to_string(line); }

  Status AddPattern(int line, const std::string& phrase, const std::string& code, bool event_code,
                    bool time_code) {
    if (pset < 0) return Status::InvalidInput("pattern before any verb");
    Pattern p;
    p.where = Where(line);
    int len = 0, alt = 0;
    PatternLength(std::string_view(phrase).substr(1), &len, &alt);
    p.length = len + alt;
    p.maxalt = alt;
    FL_RETURN_IF_ERROR(dict->StorePhrase(std::string_view(phrase).substr(1), false, &p.phrase));
    if (time_code) {
      FL_RETURN_IF_ERROR(ParseTimeCode(code, &p.time));
    } else if (event_code) {
      FL_RETURN_IF_ERROR(ParseEventCode(code, &dict->codes(), &p.event));
    }
    dict->InsertPattern(pset, std::move(p), len);
    return Status::Ok();
  }

  Status NewRoot(int line, const TabariLine& parsed, WordType wtype, PatternSet::Kind kind) {
    Phrase phrase;
    FL_RETURN_IF_ERROR(dict->StorePhrase(parsed.phrase, wtype == WordType::kSynym, &phrase));
    if (dict->HasRoot(phrase)) {
      if (warnings) warnings->push_back(Where(line) + ": duplicate skipped: " + parsed.phrase);
      skip = true;
      return Status::Ok();
    }
    PatternSet set;
    set.kind = kind;
    set.where = Where(line);
    if (kind == PatternSet::Kind::kVerb) {
      FL_RETURN_IF_ERROR(ParseEventCode(parsed.code, &dict->codes(), &set.event));
      set.has_code = true;
    } else if (kind == PatternSet::Kind::kTime) {
      FL_RETURN_IF_ERROR(ParseTimeCode(parsed.code, &set.time));
      set.has_code = true;
    }
    pset = dict->AddPatternSet(std::move(set));
    dict->AddRoot(std::move(phrase), wtype, pset);
    skip = false;
    return Status::Ok();
  }

  Status Line(int line, const std::string& text) {
    TabariLine parsed;
    const bool code_optional = section == Section::kSynsets || section == Section::kAttrib;
    FL_RETURN_IF_ERROR(ParseTabariLine(text, code_optional || text[0] == '<', &parsed));
    const std::string& ph = parsed.phrase;
    switch (section) {
      case Section::kSynsets:
        if (ph.find("</SYN") != std::string::npos) {
          section = Section::kVerbs;
          pset = -1;
          return Status::Ok();
        }
        if (!ph.empty() && ph[0] == '&') {
          return NewRoot(line, parsed, WordType::kSynym, PatternSet::Kind::kNone);
        }
        if (!ph.empty() && ph[0] == '+') {
          if (skip) return Status::Ok();
          return AddPattern(line, ph, parsed.code, false, false);
        }
        return Status::InvalidInput("synset line must start with '&' or '+'");
      case Section::kTime:
        if (ph.find("</TIME>") != std::string::npos) {
          section = Section::kVerbs;
          pset = -1;
          return Status::Ok();
        }
        if (!ph.empty() && ph[0] == '-') return AddPattern(line, ph, parsed.code, false, true);
        return NewRoot(line, parsed, WordType::kTime, PatternSet::Kind::kTime);
      case Section::kAttrib:
        if (ph.find("</ATTRIB") != std::string::npos) {
          section = Section::kVerbs;
          pset = -1;
          return Status::Ok();
        }
        if (!ph.empty() && ph[0] == '-') return AddPattern(line, ph, parsed.code, true, false);
        return NewRoot(line, parsed, WordType::kAttrib, PatternSet::Kind::kVerb);
      case Section::kVerbs:
        break;
    }
    if (ph.find("<TIME>") != std::string::npos) {
      section = Section::kTime;
      dict->has_time_list = true;
      return Status::Ok();
    }
    if (ph.find("<ATTRIB") != std::string::npos) {
      section = Section::kAttrib;
      return Status::Ok();
    }
    if (ph.find("<SYN") != std::string::npos) {
      section = Section::kSynsets;
      return Status::Ok();
    }
    if (!ph.empty() && ph[0] == '-') {
      if (ph.find('*') == std::string::npos) return Status::InvalidInput("pattern without '*'");
      if (skip) return Status::Ok();
      return AddPattern(line, ph, parsed.code, true, false);
    }
    if (ph.size() > 1 && ph[1] == '{') {  // "{ FORM FORM }": other forms of the verb
      if (pset < 0) return Status::InvalidInput("verb forms before any verb");
      if (skip) return Status::Ok();
      size_t close = ph.find('}');
      if (close == std::string::npos) return Status::InvalidInput("missing '}'");
      std::string forms = ph.substr(2, close - 2);
      bool any = false;
      size_t i = 0;
      while (i < forms.size()) {
        while (i < forms.size() && forms[i] == ' ') ++i;
        size_t e = forms.find(' ', i);
        if (e == std::string::npos) e = forms.size();
        if (e > i) {
          Phrase phrase;
          FL_RETURN_IF_ERROR(dict->StorePhrase(forms.substr(i, e - i), false, &phrase));
          if (dict->HasRoot(phrase)) {
            if (warnings) warnings->push_back(Where(line) + ": duplicate verb form skipped");
          } else {
            dict->AddRoot(std::move(phrase), WordType::kVerb, pset);
          }
          any = true;
        }
        i = e;
      }
      if (!any) return Status::InvalidInput("no verb forms inside {...}");
      return Status::Ok();
    }
    if (!parsed.has_code) return Status::InvalidInput("missing '[' code");
    if (ph.size() < 2) return Status::InvalidInput("phrase too short");
    return NewRoot(line, parsed, WordType::kVerb, PatternSet::Kind::kVerb);
  }
};

}  // namespace

Status ReadTabariVerbs(const std::string& path, Dictionary* dict,
                       std::vector<std::string>* warnings) {
  std::string text;
  FL_RETURN_IF_ERROR(ReadTabariFile(path, &text));
  return ReadTabariVerbsText(path, text, dict, warnings);
}

Status ReadTabariVerbsText(const std::string& path, std::string_view text, Dictionary* dict,
                           std::vector<std::string>* warnings) {
  VerbsState state;
  state.dict = dict;
  state.warnings = warnings;
  state.path = &path;
  FL_RETURN_IF_ERROR(ForEachTabariLineIn(
      path, text, [&](int line, const std::string& l) { return state.Line(line, l); }));
  if (state.section != VerbsState::Section::kVerbs) {
    return Status::InvalidInput(path + ": unterminated <SYNSETS>, <TIME> or <ATTRIB> section");
  }
  return Status::Ok();
}

}  // namespace faultline::tabari
