// Sentence spans for the article view. The article JSON has no sentence layer, but every
// stored event keeps its sentence's text, which is an exact substring of the article:
// searching for it from where the previous sentence ended finds the right occurrence
// even when a sentence repeats.
#include <map>

#include "serve/api.h"
#include "util/utf8.h"

namespace faultline::serve {

Json SentencesWithEvents(const std::string& text, const std::vector<EventRecord>& events) {
  std::map<int, std::vector<const EventRecord*>> by_sentence;
  for (const EventRecord& e : events) by_sentence[e.sentence].push_back(&e);
  const utf8::OffsetMap map(text);
  Json out = Json::array();
  size_t from = 0;
  for (const auto& [index, evs] : by_sentence) {
    const std::string& s = evs.front()->sentence_text;
    size_t at = s.empty() ? std::string::npos : text.find(s, from);
    if (at == std::string::npos && !s.empty()) at = text.find(s);
    Json j;
    j["index"] = index;
    if (at != std::string::npos) {
      j["start"] = map.ToCodePoint(static_cast<uint32_t>(at));
      j["end"] = map.ToCodePoint(static_cast<uint32_t>(at + s.size()));
      from = at + s.size();
    } else {
      j["start"] = nullptr;
      j["end"] = nullptr;
    }
    j["text"] = s;
    Json ids = Json::array();
    for (const EventRecord* e : evs) ids.push_back(e->id);
    j["events"] = std::move(ids);
    out.push_back(std::move(j));
  }
  return out;
}

}  // namespace faultline::serve
