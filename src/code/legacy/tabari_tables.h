// Literal and code tables of the TABARI-compatible coder.
//
// LiteralTable interns the words of every dictionary phrase. A text word is matched
// against the literals that are anchored prefixes of it, the way TABARI finds stems:
// literals are bucketed by their first two characters and a word only sees the literals
// of its own bucket, so a one-letter literal ("A") matches only a one-letter word.
//
// CodeTable interns code strings; the first four ids are TABARI's special codes.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "code/legacy/tabari_types.h"

namespace faultline::tabari {

struct LitMatch {
  int lit = 0;
  bool exact = false;  // the whole word, not just a prefix of it
};

class LiteralTable {
 public:
  LiteralTable();
  // Returns the id of `text`, adding it if new.
  int Intern(std::string_view text);
  int Find(std::string_view text) const;  // 0 when absent
  const std::string& Text(int lit) const { return text_[lit]; }
  int Length(int lit) const { return static_cast<int>(text_[lit].size()); }
  // Appends the literals that are prefixes of `word`, alphabetically.
  void Check(std::string_view word, std::vector<LitMatch>* out) const;
  // Roots whose phrase starts with `lit`, in the order they were added.
  const std::vector<int>& Starts(int lit) const { return starts_[lit]; }
  void AddStart(int lit, int root) { starts_[lit].push_back(root); }
  int size() const { return static_cast<int>(text_.size()); }

 private:
  static int Bucket(std::string_view s);
  std::vector<std::string> text_;
  std::vector<std::vector<int>> starts_;
  std::unordered_map<std::string, int> index_;
  std::vector<std::vector<int>> buckets_;  // literal ids sorted by text
};

class CodeTable {
 public:
  CodeTable();
  int Intern(std::string_view code);
  const std::string& Text(int id) const { return text_[id]; }

 private:
  std::vector<std::string> text_;
  std::unordered_map<std::string, int> index_;
};

}  // namespace faultline::tabari
