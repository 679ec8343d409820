#include "code/legacy/petrarch_discards.h"

#include "code/legacy/petrarch_lines.h"

namespace faultline::petrarch {

Status ParseDiscards(std::string_view file, std::string_view content, DiscardList* list) {
  for (const SourceLine& line : CleanLines(content)) {
    DiscardEntry e;
    std::string phrase = line.text;
    if (phrase[0] == '+') {
      e.story = true;
      phrase = Trim(phrase.substr(1));
    }
    if (phrase.find_first_of("[]{}") != std::string::npos) {
      return LineError(file, line.number, "brackets are not allowed in a discard phrase", line.text);
    }
    e.words = PhraseTokens(phrase);
    if (e.words.empty()) return LineError(file, line.number, "empty discard phrase", line.text);
    e.id = std::string(file) + ":" + std::to_string(line.number);
    list->entries.push_back(std::move(e));
  }
  return Status::Ok();
}

Status LoadDiscards(const std::string& path, DiscardList* list) {
  std::string content;
  FL_RETURN_IF_ERROR(ReadFileToString(path, &content));
  return ParseDiscards(path, content, list);
}

}  // namespace faultline::petrarch
