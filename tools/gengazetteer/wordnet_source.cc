#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>

#include "sources.h"

namespace faultline::places {

// data.* lines: "offset lex_filenum ss_type w_cnt word lex_id [word lex_id ...] ...", w_cnt in
// hex. A word written in lower case there is an ordinary word; names are capitalised, and a
// name filed under noun.location (lexicographer file 15) somewhere is a place name.
bool ReadWordNetWords(const std::string& dir, GazetteerBuilder& b) {
  std::map<std::string, bool> names;  // lower-cased capitalised word -> ever a location
  for (const char* f : {"data.noun", "data.verb", "data.adj", "data.adv"}) {
    const std::string path = dir + "/" + f;
    std::ifstream in(path);
    if (!in) {
      std::fprintf(stderr, "faultline-gengazetteer: cannot read %s (Debian package wordnet-base)\n", path.c_str());
      return false;
    }
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == ' ') continue;  // licence header
      std::istringstream ls(line);
      std::string offset, lexfile, type, count_hex;
      ls >> offset >> lexfile >> type >> count_hex;
      const unsigned long count = std::stoul(count_hex, nullptr, 16);
      const bool location = lexfile == "15";
      for (unsigned long w = 0; w < count; ++w) {
        std::string word, lex_id;
        ls >> word >> lex_id;
        const size_t paren = word.find('(');  // adjective markers: "galore(ip)"
        if (paren != std::string::npos) word.resize(paren);
        if (word.empty() || word.find('_') != std::string::npos) continue;
        bool lower = true;
        for (char& c : word) {
          if (c >= 'A' && c <= 'Z') {
            lower = false;
            c = static_cast<char>(c - 'A' + 'a');
          }
        }
        if (lower) {
          b.AddWordClass(word, kWordOrdinary);
        } else {
          names[word] = names[word] || location;
        }
      }
    }
  }
  for (const auto& [name, location] : names) {
    if (!location) b.AddWordClass(name, kWordNonPlaceName);
  }
  return true;
}

}  // namespace faultline::places
