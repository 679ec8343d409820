// ActorDictionary: countries, named actors and agents (role terms) from the native
// dictionary files of docs/dictionaries.md, indexed for longest-match lookup.
//
// Self-test on load: every line must parse, every code must be well formed; a bad line
// fails the load with "FILE:LINE: reason: 'fragment'" (the RE2 habit of naming the
// offending fragment), so a typo never silently drops an entry.
#pragma once

#include <string>
#include <vector>

#include "faultline/status.h"
#include "recognise/phrase_trie.h"

namespace faultline {

enum class ActorKind : uint8_t {
  kCountry,    // SYR: composes with agents ("Syria's army" -> SYRMIL)
  kAdjective,  // "Syrian": an actor only before an agent, or as a plural demonym
  kNamed,      // people and organisations
  kAgent,      // role terms: "troops" -> MIL
};

struct DatedCode {
  std::string code;
  int from = 0;         // yyyymmdd inclusive; 0 = open
  int to = 99999999;    // yyyymmdd exclusive
};

struct ActorEntry {
  std::string id;       // "FILE-STEM:canonical name"
  std::string name;     // canonical name
  ActorKind kind = ActorKind::kNamed;
  std::vector<DatedCode> dated;
  std::string fallback;  // code when no range covers the date
  bool person = false;   // a named person (for "he"/"she" and titles)
};

class ActorDictionary {
 public:
  // Loads the native bundle: `generated_dir`/countries.txt (if present), then
  // `data_dir`/actors/*.txt and `data_dir`/agents/*.txt, in file-name order.
  Status LoadBundle(const std::string& data_dir, const std::string& generated_dir);
  Status LoadActorFile(const std::string& path);
  Status LoadAgentFile(const std::string& path);

  // The code of an entry on a date (yyyymmdd, 0 when unknown); empty when none applies.
  std::string CodeOn(const ActorEntry& e, int date) const;

  const PhraseTrie& trie() const { return trie_; }
  const ActorEntry& entry(uint32_t id) const { return entries_[id]; }
  size_t size() const { return entries_.size(); }
  size_t CountKind(ActorKind kind) const;

  // Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" to yyyymmdd; -1 when malformed.
  static int ParseDate(std::string_view s);

 private:
  Status LoadFile(const std::string& path, bool agents);
  Status ParseLine(std::string_view line, const std::string& where, const std::string& stem,
                   bool agents);
  std::vector<ActorEntry> entries_;
  PhraseTrie trie_;
};

}  // namespace faultline
