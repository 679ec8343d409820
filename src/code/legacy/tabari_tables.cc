#include "code/legacy/tabari_tables.h"

#include <algorithm>
#include <cctype>

namespace faultline::tabari {

namespace {

int CharClass(char c) {
  const unsigned char u = static_cast<unsigned char>(c);
  if (u < 128 && std::isalpha(u)) return std::toupper(u) - 64;  // 1..26
  if (u < 128 && std::isdigit(u)) return u - 21;                // 27..36
  return 0;
}

}  // namespace

LiteralTable::LiteralTable() : buckets_(37 * 37) {
  text_.emplace_back("");  // id 0 means "no literal"
  starts_.emplace_back();
  // The pattern symbols take ids 1..11 and ids up to 15 are reserved, as in TABARI.
  for (const char* s : {",", "#", "*", "$", "+", "@", "%", "^", "{", "|", "}"}) Intern(s);
  while (static_cast<int>(text_.size()) < kSymbolLimit) {
    text_.emplace_back("*null*");
    starts_.emplace_back();
  }
}

int LiteralTable::Bucket(std::string_view s) {
  const int a = s.empty() ? 0 : CharClass(s[0]);
  const int b = s.size() < 2 ? 0 : CharClass(s[1]);
  return a * 37 + b;
}

int LiteralTable::Find(std::string_view text) const {
  auto it = index_.find(std::string(text));
  return it == index_.end() ? 0 : it->second;
}

int LiteralTable::Intern(std::string_view text) {
  if (int id = Find(text)) return id;
  const int id = static_cast<int>(text_.size());
  text_.emplace_back(text);
  starts_.emplace_back();
  index_.emplace(std::string(text), id);
  std::vector<int>& bucket = buckets_[Bucket(text)];
  auto pos = std::lower_bound(bucket.begin(), bucket.end(), id,
                              [this](int a, int b) { return text_[a] < text_[b]; });
  bucket.insert(pos, id);
  return id;
}

void LiteralTable::Check(std::string_view word, std::vector<LitMatch>* out) const {
  for (int id : buckets_[Bucket(word)]) {
    const std::string& lit = text_[id];
    if (lit.size() <= word.size() && word.compare(0, lit.size(), lit) == 0) {
      out->push_back({id, lit.size() == word.size()});
    } else if (std::string_view(lit) > word.substr(0, lit.size())) {
      break;  // sorted: no later literal can be a prefix
    }
  }
}

CodeTable::CodeTable() {
  text_.emplace_back("");
  for (const char* s : {"---", "+++", "###", "***"}) Intern(s);
}

int CodeTable::Intern(std::string_view code) {
  auto it = index_.find(std::string(code));
  if (it != index_.end()) return it->second;
  const int id = static_cast<int>(text_.size());
  text_.emplace_back(code);
  index_.emplace(std::string(code), id);
  return id;
}

}  // namespace faultline::tabari
