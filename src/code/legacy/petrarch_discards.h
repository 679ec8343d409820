// Reader for PETRARCH discard lists (*discards*.txt): one phrase per line; a sentence
// containing it codes no event, and with a leading '+' the whole story codes none.
//   +World Golf Championships   # story discard
//   BASEBALL                    # sentence discard
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "faultline/status.h"

namespace faultline::petrarch {

struct DiscardEntry {
  std::vector<std::string> words;  // folded tokens
  bool story = false;
  std::string id;
};

struct DiscardList {
  std::vector<DiscardEntry> entries;
};

Status ParseDiscards(std::string_view file, std::string_view content, DiscardList* list);
Status LoadDiscards(const std::string& path, DiscardList* list);

}  // namespace faultline::petrarch
