// Reader for TABARI .actors files (see tabari_readers.h).
#include <optional>

#include "code/legacy/tabari_line.h"
#include "code/legacy/tabari_readers.h"

namespace faultline::tabari {

namespace {

struct ActorsState {
  Dictionary* dict = nullptr;
  std::vector<std::string>* warnings = nullptr;
  const std::string* path = nullptr;
  enum class Section { kActors, kNouns, kAdjectives } section = Section::kActors;
  int parent_root = 0;    // root of the current entry, for "+SYNONYM" lines
  int pending_pset = -1;  // entry whose codes are on the following lines
  int pending_line = 0;
  std::string codes;  // accumulated code lines of the pending entry

  void Warn(int line, const std::string& what) {
    if (warnings) warnings->push_back(*path + ":" + std::to_string(line) + ": " + what);
  }

  Status FlushPending() {
    if (pending_pset < 0) return Status::Ok();
    const int pset = pending_pset;
    pending_pset = -1;
    if (codes.empty()) {
      return LineError(*path, pending_line, "actor without a code", "");
    }
    Status s = ParseActorCode(codes, &dict->codes(), &dict->pset(pset).actor);
    if (!s.ok()) return LineError(*path, pending_line, s.message(), codes);
    dict->pset(pset).has_code = true;
    codes.clear();
    return Status::Ok();
  }

  Status Word(int line, const TabariLine& parsed, WordType wtype) {
    Phrase phrase;
    FL_RETURN_IF_ERROR(dict->StorePhrase(parsed.phrase, false, &phrase));
    if (dict->HasRoot(phrase)) {
      Warn(line, "duplicate entry skipped: " + parsed.phrase);
      return Status::Ok();
    }
    dict->AddRoot(std::move(phrase), wtype, -1);
    return Status::Ok();
  }

  Status Line(int line, const std::string& text) {
    TabariLine parsed;
    FL_RETURN_IF_ERROR(ParseTabariLine(text, true, &parsed));
    const std::string& ph = parsed.phrase;
    if (section != Section::kActors) {
      const char* end = section == Section::kNouns ? "</NOUN" : "</ADJ";
      if (ph.find(end) != std::string::npos) {
        section = Section::kActors;
        return Status::Ok();
      }
      return Word(line, parsed, section == Section::kNouns ? WordType::kNoun : WordType::kAdjctv);
    }
    if (ph.find("<NOUN") != std::string::npos) {
      section = Section::kNouns;
      return Status::Ok();
    }
    if (ph.find("<ADJ") != std::string::npos) {
      section = Section::kAdjectives;
      return Status::Ok();
    }
    if (!ph.empty() && ph[0] == '+') {  // synonym of the current entry
      if (!parent_root) return Status::InvalidInput("synonym without an actor");
      Phrase phrase;
      FL_RETURN_IF_ERROR(dict->StorePhrase(ph.substr(1), false, &phrase));
      if (dict->HasRoot(phrase)) {
        Warn(line, "duplicate synonym skipped: " + ph);
        return Status::Ok();
      }
      dict->AddRoot(std::move(phrase), WordType::kActor, dict->root(parent_root).pset, parent_root);
      return Status::Ok();
    }
    if (ph.empty()) {  // a code line of a multi-line entry
      if (pending_pset < 0) return Status::InvalidInput("code line without an actor");
      codes += parsed.code + " ";
      return Status::Ok();
    }
    if (ph.size() < 2) return Status::InvalidInput("phrase too short");
    FL_RETURN_IF_ERROR(FlushPending());
    Phrase phrase;
    FL_RETURN_IF_ERROR(dict->StorePhrase(ph, false, &phrase));
    if (dict->HasRoot(phrase)) {
      Warn(line, "duplicate actor skipped: " + ph);
      parent_root = 0;
      return Status::Ok();
    }
    PatternSet set;
    set.kind = PatternSet::Kind::kActor;
    set.where = *path + ":" + std::to_string(line);
    const int pset = dict->AddPatternSet(std::move(set));
    parent_root = dict->AddRoot(std::move(phrase), WordType::kActor, pset);
    if (parsed.code.find('[') != std::string::npos) {
      Status s = ParseActorCode(parsed.code, &dict->codes(), &dict->pset(pset).actor);
      if (!s.ok()) return Status::InvalidInput(s.message());
      dict->pset(pset).has_code = true;
    } else {
      pending_pset = pset;
      pending_line = line;
      codes.clear();
    }
    return Status::Ok();
  }
};

}  // namespace

Status ReadTabariActors(const std::string& path, Dictionary* dict,
                        std::vector<std::string>* warnings) {
  std::string text;
  FL_RETURN_IF_ERROR(ReadTabariFile(path, &text));
  return ReadTabariActorsText(path, text, dict, warnings);
}

Status ReadTabariActorsText(const std::string& path, std::string_view text, Dictionary* dict,
                            std::vector<std::string>* warnings) {
  ActorsState state;
  state.dict = dict;
  state.warnings = warnings;
  state.path = &path;
  FL_RETURN_IF_ERROR(ForEachTabariLineIn(
      path, text, [&](int line, const std::string& l) { return state.Line(line, l); }));
  if (state.section != ActorsState::Section::kActors) {
    return Status::InvalidInput(path + ": unterminated <NOUN> or <ADJECTIVE> list");
  }
  return state.FlushPending();
}

Status ReadTabariAgents(const std::string& path, Dictionary* dict,
                        std::vector<std::string>* warnings) {
  std::string text;
  FL_RETURN_IF_ERROR(ReadTabariFile(path, &text));
  return ReadTabariAgentsText(path, text, dict, warnings);
}

Status ReadTabariAgentsText(const std::string& path, std::string_view text, Dictionary* dict,
                            std::vector<std::string>* warnings) {
  return ForEachTabariLineIn(path, text, [&](int line, const std::string& l) -> Status {
    TabariLine parsed;
    FL_RETURN_IF_ERROR(ParseTabariLine(l, false, &parsed));
    if (parsed.phrase.size() < 2) return Status::InvalidInput("phrase too short");
    PatternSet set;
    set.kind = PatternSet::Kind::kAgent;
    set.where = path + ":" + std::to_string(line);
    FL_RETURN_IF_ERROR(ParseAgentCode(parsed.code, &dict->codes(), &set.agent));
    set.has_code = true;
    Phrase phrase;
    FL_RETURN_IF_ERROR(dict->StorePhrase(parsed.phrase, false, &phrase));
    if (dict->HasRoot(phrase)) {
      if (warnings) warnings->push_back(set.where + ": duplicate agent skipped: " + parsed.phrase);
      return Status::Ok();
    }
    dict->AddRoot(std::move(phrase), WordType::kAgent, dict->AddPatternSet(std::move(set)));
    return Status::Ok();
  });
}

}  // namespace faultline::tabari
