#include "code/native/verb_dictionary.h"

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "code/cameo.h"
#include "segment/tokenizer.h"

namespace faultline {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

// Splits a pattern into items: words, {alternatives}, + and $.
Status SplitItems(std::string_view text, std::vector<std::string>* items) {
  size_t i = 0;
  while (i < text.size()) {
    if (text[i] == ' ' || text[i] == '\t') {
      ++i;
      continue;
    }
    size_t j = i;
    if (text[i] == '{' || (text[i] == '_' && i + 1 < text.size() && text[i + 1] == '{') ||
        (text[i] == '%' && i + 1 < text.size() && text[i + 1] == '{')) {
      size_t close = text.find('}', i);
      if (close == std::string_view::npos) {
        return Status::Corruption("unclosed '{': '" + std::string(text.substr(i)) + "'");
      }
      j = close + 1;
    } else {
      while (j < text.size() && text[j] != ' ' && text[j] != '\t') {
        if (text[j] == '{') {
          return Status::Corruption("'{' inside a word: '" + std::string(text.substr(i)) + "'");
        }
        ++j;
      }
    }
    items->emplace_back(text.substr(i, j - i));
    i = j;
  }
  return Status::Ok();
}

Status ParseWordSlot(std::string_view item, PatternSlot* slot) {
  if (!item.empty() && item[0] == '_') {
    slot->adjacent = true;
    item.remove_prefix(1);
  }
  if (!item.empty() && item[0] == '{') {
    std::string_view inner = item.substr(1, item.size() - 2);
    size_t start = 0;
    for (size_t k = 0; k <= inner.size(); ++k) {
      if (k == inner.size() || inner[k] == '|') {
        std::string_view alt = Trim(inner.substr(start, k - start));
        if (alt.empty()) {
          return Status::Corruption("empty alternative in '" + std::string(item) + "'");
        }
        slot->alternatives.push_back(TokenizePhrase(alt));
        start = k + 1;
      }
    }
  } else {
    slot->alternatives.push_back(TokenizePhrase(item));
  }
  for (auto& alt : slot->alternatives) {
    alt.erase(std::remove(alt.begin(), alt.end(), "-"), alt.end());
    if (alt.empty()) return Status::Corruption("empty word in '" + std::string(item) + "'");
  }
  return Status::Ok();
}

std::vector<std::string> ListTxt(const std::string& dir) {
  std::vector<std::string> files;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
    if (e.is_regular_file() && e.path().extension() == ".txt") files.push_back(e.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

Status VerbDictionary::ParsePattern(std::string_view text, VerbPattern* p) {
  std::vector<std::string> items;
  FL_RETURN_IF_ERROR(SplitItems(text, &items));
  if (items.empty()) return Status::Corruption("empty pattern");
  bool head_done = false;
  for (std::string_view item : items) {
    if (!head_done) {
      if (item == "+" || item == "$") {
        // "$ be attack by +": a leading slot before the head. Treated as the default
        // subject position, which the coder finds anyway.
        if (item == "$") p->has_source = true;
        continue;
      }
      if (item[0] == '%') {
        p->noun_head = true;
        item.remove_prefix(1);
      }
      PatternSlot head;
      FL_RETURN_IF_ERROR(ParseWordSlot(item, &head));
      p->head_alternatives = head.alternatives;
      p->head = head.alternatives.front();
      p->words += static_cast<int>(p->head.size());
      head_done = true;
      continue;
    }
    PatternSlot slot;
    if (item == "+") {
      slot.kind = PatternSlot::Kind::kTarget;
      p->has_target = true;
    } else if (item == "$") {
      slot.kind = PatternSlot::Kind::kSource;
      p->has_source = true;
    } else {
      FL_RETURN_IF_ERROR(ParseWordSlot(item, &slot));
      size_t shortest = slot.alternatives.front().size();
      for (const auto& a : slot.alternatives) shortest = std::min(shortest, a.size());
      p->words += static_cast<int>(shortest);
    }
    p->slots.push_back(std::move(slot));
  }
  if (!head_done) return Status::Corruption("pattern has no word: '" + std::string(text) + "'");
  return Status::Ok();
}

namespace {

// Calls `entry(text, line_number)` for each non-blank line of `path` with its comment cut
// off; stops at the first error the callback returns.
template <typename Entry>
Status ForEachEntryLine(const std::string& path, Entry entry) {
  std::ifstream in(path);
  if (!in) return Status::NotFound(path);
  std::string line;
  size_t n = 0;
  while (std::getline(in, line)) {
    ++n;
    std::string_view l = line;
    size_t hash = l.find('#');
    if (hash != std::string_view::npos) l = l.substr(0, hash);
    l = Trim(l);
    if (!l.empty()) FL_RETURN_IF_ERROR(entry(l, n));
  }
  return Status::Ok();
}

}  // namespace

void VerbDictionary::AddExpanded(VerbPattern p, std::vector<std::vector<VerbPattern>>* index) {
  // One indexed pattern per head alternative: "{shell|bomb} +" is two patterns.
  std::vector<std::vector<std::string>> heads = std::move(p.head_alternatives);
  p.head_alternatives.clear();
  for (auto& h : heads) {
    VerbPattern copy = p;
    copy.head = std::move(h);
    InternPattern(&copy);
    const uint32_t key = copy.head_ids.front();
    if (index->size() <= key) index->resize(key + 1);
    (*index)[key].push_back(std::move(copy));
  }
}

Status VerbDictionary::LoadPatternFile(const std::string& path, const std::string& display) {
  return ForEachEntryLine(path, [&](std::string_view l, size_t n) {
    const std::string where = path + ":" + std::to_string(n);
    size_t sp = l.find_first_of(" \t");
    if (sp == std::string_view::npos) {
      return Status::Corruption(where + ": no pattern after code: '" + std::string(l) + "'");
    }
    std::string code(l.substr(0, sp));
    if (!LookupCameo(code)) {
      return Status::Corruption(where + ": unknown CAMEO code: '" + code + "'");
    }
    VerbPattern p;
    p.code = code;
    p.id = display + ":" + std::to_string(n);
    Status s = ParsePattern(Trim(l.substr(sp)), &p);
    if (!s.ok()) return Status::Corruption(where + ": " + s.message());
    count_ += p.head_alternatives.size();
    AddExpanded(std::move(p), &by_head_);
    return Status::Ok();
  });
}

Status VerbDictionary::LoadDiscardFile(const std::string& path, const std::string& display) {
  return ForEachEntryLine(path, [&](std::string_view l, size_t n) {
    VerbPattern p;
    p.id = display + ":" + std::to_string(n);
    Status s = ParsePattern(l, &p);
    if (!s.ok()) return Status::Corruption(path + ":" + std::to_string(n) + ": " + s.message());
    AddExpanded(std::move(p), &discards_by_head_);
    return Status::Ok();
  });
}

Status VerbDictionary::LoadBundle(const std::string& data_dir) {
  for (const std::string& f : ListTxt(data_dir + "/verbs")) {
    std::string name = "verbs/" + std::filesystem::path(f).filename().string();
    if (name == "verbs/discards.txt") {
      FL_RETURN_IF_ERROR(LoadDiscardFile(f, name));
    } else {
      FL_RETURN_IF_ERROR(LoadPatternFile(f, name));
    }
  }
  if (count_ == 0) return Status::NotFound("no verb patterns under " + data_dir + "/verbs");
  for (auto& patterns : by_head_) {
    std::stable_sort(patterns.begin(), patterns.end(),
                     [](const VerbPattern& a, const VerbPattern& b) { return a.words > b.words; });
  }
  return Status::Ok();
}

uint32_t VerbDictionary::Intern(const std::string& word) {
  auto [value, added] = symbols_.Insert(word);
  if (added) {
    *value = ++symbol_count_;
    symbol_filter_.Add(word);
  }
  return *value;
}

void VerbDictionary::InternPattern(VerbPattern* p) {
  p->head_ids.clear();
  for (const std::string& w : p->head) p->head_ids.push_back(Intern(w));
  p->required_bits = WordBits{};
  p->any_of_bits.clear();
  for (size_t k = 1; k < p->head_ids.size(); ++k) p->required_bits.Add(p->head_ids[k]);
  for (PatternSlot& slot : p->slots) {
    slot.alternative_ids.clear();
    for (const auto& alt : slot.alternatives) {
      std::vector<uint32_t> ids;
      for (const std::string& w : alt) ids.push_back(Intern(w));
      slot.alternative_ids.push_back(std::move(ids));
    }
    if (slot.alternative_ids.size() == 1) {
      for (uint32_t id : slot.alternative_ids.front()) p->required_bits.Add(id);
    } else if (slot.alternative_ids.size() > 1) {
      WordBits any;
      for (const auto& alt : slot.alternative_ids) any.Add(alt.front());
      p->any_of_bits.push_back(any);
    }
  }
}

uint32_t VerbDictionary::LookUpSymbol(const std::string& word) const {
  const uint32_t* id = symbols_.Find(word);
  return id ? *id : 0;
}

const std::vector<VerbPattern>* VerbDictionary::FindDiscards(uint32_t id) const {
  return id < discards_by_head_.size() && !discards_by_head_[id].empty() ? &discards_by_head_[id]
                                                                         : nullptr;
}

const std::vector<VerbPattern>* VerbDictionary::Find(uint32_t id) const {
  return id < by_head_.size() && !by_head_[id].empty() ? &by_head_[id] : nullptr;
}

}  // namespace faultline
