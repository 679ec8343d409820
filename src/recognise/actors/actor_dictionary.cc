#include "recognise/actors/actor_dictionary.h"

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "segment/tokenizer.h"

namespace faultline {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == sep) {
      out.push_back(Trim(s.substr(start, i - start)));
      start = i + 1;
    }
  }
  return out;
}

bool IsCode(std::string_view c) {
  if (c.empty() || c.size() > 24) return false;
  return std::all_of(c.begin(), c.end(), [](char ch) { return (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9'); });
}

// An alias written as an acronym ("US", "UN", "ICRC") must match capitals in the text.
bool IsAcronym(std::string_view a) {
  if (a.size() < 2 || a.size() > 5) return false;
  return std::all_of(a.begin(), a.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; });
}

std::vector<std::string> ListFiles(const std::string& dir) {
  std::vector<std::string> files;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
    if (e.is_regular_file() && e.path().extension() == ".txt") files.push_back(e.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

int ActorDictionary::ParseDate(std::string_view s) {
  auto digits = [&](size_t at, size_t n) {
    int v = 0;
    for (size_t i = at; i < at + n; ++i) {
      if (i >= s.size() || s[i] < '0' || s[i] > '9') return -1;
      v = v * 10 + (s[i] - '0');
    }
    return v;
  };
  if (s.size() == 4) {
    int y = digits(0, 4);
    return y < 0 ? -1 : y * 10000 + 101;
  }
  if (s.size() == 7 && s[4] == '-') {
    int y = digits(0, 4), m = digits(5, 2);
    return y < 0 || m < 1 || m > 12 ? -1 : y * 10000 + m * 100 + 1;
  }
  if (s.size() == 10 && s[4] == '-' && s[7] == '-') {
    int y = digits(0, 4), m = digits(5, 2), d = digits(8, 2);
    return y < 0 || m < 1 || m > 12 || d < 1 || d > 31 ? -1 : y * 10000 + m * 100 + d;
  }
  return -1;
}

Status ActorDictionary::ParseLine(std::string_view line, const std::string& where,
                                  const std::string& stem, bool agents) {
  size_t hash = line.find('#');
  if (hash != std::string_view::npos) line = line.substr(0, hash);
  line = Trim(line);
  if (line.empty()) return Status::Ok();
  ActorEntry e;
  e.kind = agents ? ActorKind::kAgent : ActorKind::kNamed;
  if (line.substr(0, 4) == "adj:") {
    e.kind = ActorKind::kAdjective;
    line = Trim(line.substr(4));
  }
  size_t arrow = line.find("=>");
  if (arrow == std::string_view::npos) {
    return Status::Corruption(where + ": missing '=>': '" + std::string(line) + "'");
  }
  std::vector<std::string_view> names = Split(line.substr(0, arrow), '|');
  std::string_view codes = Trim(line.substr(arrow + 2));
  if (codes.empty()) return Status::Corruption(where + ": no code after '=>': '" + std::string(line) + "'");
  // Codes: CODE [FROM..TO] CODE ...
  size_t i = 0;
  while (i < codes.size()) {
    while (i < codes.size() && codes[i] == ' ') ++i;
    if (i >= codes.size()) break;
    size_t j = i;
    while (j < codes.size() && codes[j] != ' ' && codes[j] != '[') ++j;
    std::string code(codes.substr(i, j - i));
    if (!IsCode(code)) return Status::Corruption(where + ": bad code: '" + code + "'");
    while (j < codes.size() && codes[j] == ' ') ++j;
    if (j < codes.size() && codes[j] == '[') {
      size_t close = codes.find(']', j);
      if (close == std::string_view::npos) {
        return Status::Corruption(where + ": unclosed date range: '" + std::string(codes.substr(j)) + "'");
      }
      std::string_view range = codes.substr(j + 1, close - j - 1);
      size_t dots = range.find("..");
      if (dots == std::string_view::npos) {
        return Status::Corruption(where + ": date range needs '..': '" + std::string(range) + "'");
      }
      std::string_view from = Trim(range.substr(0, dots)), to = Trim(range.substr(dots + 2));
      DatedCode dc{code, 0, 99999999};
      if (!from.empty() && (dc.from = ParseDate(from)) < 0) {
        return Status::Corruption(where + ": bad date: '" + std::string(from) + "'");
      }
      if (!to.empty() && (dc.to = ParseDate(to)) < 0) {
        return Status::Corruption(where + ": bad date: '" + std::string(to) + "'");
      }
      e.dated.push_back(dc);
      i = close + 1;
    } else {
      if (e.fallback.empty()) e.fallback = code;
      i = j;
    }
  }
  if (names.empty() || names[0].empty()) return Status::Corruption(where + ": empty name: '" + std::string(line) + "'");
  e.name = std::string(names[0]);
  e.id = stem + ":" + e.name;
  const std::string& any_code = e.fallback.empty() ? e.dated.front().code : e.fallback;
  if (e.kind == ActorKind::kNamed && any_code.size() == 3 && e.dated.empty()) e.kind = ActorKind::kCountry;
  e.person = stem == "leaders" || stem == "people" || stem == "persons";
  const uint32_t id = static_cast<uint32_t>(entries_.size());
  for (std::string_view alias : names) {
    if (alias.empty()) return Status::Corruption(where + ": empty alias in '" + std::string(line) + "'");
    PhraseTrie::Value v{id, IsAcronym(alias), e.kind == ActorKind::kAgent};
    std::vector<std::string> toks = TokenizePhrase(alias);
    if (!toks.empty() && toks.front() == "the" && toks.size() > 1) {
      trie_.Add(std::vector<std::string>(toks.begin() + 1, toks.end()), v);
    }
    trie_.Add(toks, v);
  }
  entries_.push_back(std::move(e));
  return Status::Ok();
}

Status ActorDictionary::LoadFile(const std::string& path, bool agents) {
  std::ifstream in(path);
  if (!in) return Status::NotFound(path);
  std::string stem = std::filesystem::path(path).stem().string();
  std::string line;
  size_t n = 0;
  while (std::getline(in, line)) {
    ++n;
    FL_RETURN_IF_ERROR(ParseLine(line, path + ":" + std::to_string(n), stem, agents));
  }
  return Status::Ok();
}

Status ActorDictionary::LoadActorFile(const std::string& path) { return LoadFile(path, false); }
Status ActorDictionary::LoadAgentFile(const std::string& path) { return LoadFile(path, true); }

Status ActorDictionary::LoadBundle(const std::string& data_dir, const std::string& generated_dir) {
  const std::string generated = generated_dir + "/countries.txt";
  if (std::filesystem::exists(generated)) FL_RETURN_IF_ERROR(LoadActorFile(generated));
  for (const std::string& f : ListFiles(data_dir + "/actors")) FL_RETURN_IF_ERROR(LoadActorFile(f));
  for (const std::string& f : ListFiles(data_dir + "/agents")) FL_RETURN_IF_ERROR(LoadAgentFile(f));
  if (entries_.empty()) return Status::NotFound("no actor dictionaries under " + data_dir);
  return Status::Ok();
}

std::string ActorDictionary::CodeOn(const ActorEntry& e, int date) const {
  if (date > 0) {
    for (const DatedCode& d : e.dated) {
      if (date >= d.from && date < d.to) return d.code;
    }
  }
  return e.fallback;
}

size_t ActorDictionary::CountKind(ActorKind kind) const {
  return static_cast<size_t>(std::count_if(entries_.begin(), entries_.end(),
                                           [&](const ActorEntry& e) { return e.kind == kind; }));
}

}  // namespace faultline
