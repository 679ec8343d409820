#include "code/legacy/petrarch_dictionaries.h"

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "code/legacy/petrarch_lines.h"

namespace faultline::petrarch {
namespace {

std::string Lower(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return s;
}

}  // namespace

bool IsPetrarchVerbFile(const std::string& path) {
  std::ifstream in(path);
  if (!in) return false;
  std::string line;
  int headers = 0, patterns = 0;
  for (int n = 0; n < 5000 && std::getline(in, line); ++n) {
    std::string t = Trim(line);
    if (t.rfind("---", 0) == 0 && t.size() > 6 && t.find('[') != std::string::npos &&
        t.compare(t.size() - 3, 3, "---") == 0) {
      ++headers;
    } else if (t.rfind("- ", 0) == 0 && t.find('*') != std::string::npos &&
               t.find('[') != std::string::npos) {
      ++patterns;
    }
    if (headers >= 2 && patterns >= 1) return true;
  }
  return false;
}

bool IsPetrarchDirectory(const std::string& dir) {
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
    if (!e.is_regular_file()) continue;
    if (Lower(e.path().extension().string()) != ".txt") continue;
    if (IsPetrarchVerbFile(e.path().string())) return true;
  }
  return false;
}

Status FindPetrarchFiles(const std::string& dir, PetrarchFiles* files) {
  std::error_code ec;
  std::vector<std::filesystem::path> paths;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
    if (e.is_regular_file() && Lower(e.path().extension().string()) == ".txt") {
      paths.push_back(e.path());
    }
  }
  if (ec) return Status::NotFound(dir + ": " + ec.message());
  std::sort(paths.begin(), paths.end());
  *files = PetrarchFiles();
  for (const auto& p : paths) {
    const std::string name = Lower(p.filename().string());
    const std::string path = p.string();
    if (name.find("actor") != std::string::npos) {
      files->actors.push_back(path);
    } else if (name.find("agent") != std::string::npos) {
      files->agents.push_back(path);
    } else if (name.find("discard") != std::string::npos) {
      files->discards.push_back(path);
    } else if (name.find("issue") != std::string::npos) {
      files->issues.push_back(path);
    } else if (name.find("ontology") != std::string::npos) {
      files->ontology = path;
    } else if (IsPetrarchVerbFile(path)) {
      if (!files->verbs.empty()) {
        return Status::InvalidInput(dir + ": two PETRARCH verb files, " + files->verbs + " and " +
                                    path + "; keep one");
      }
      files->verbs = path;
    }
  }
  if (files->verbs.empty()) return Status::NotFound(dir + ": no PETRARCH CAMEO verb file");
  return Status::Ok();
}

Status LoadPetrarchDictionaries(const PetrarchFiles& files, PetrarchDictionaries* d) {
  d->files = files;
  FL_RETURN_IF_ERROR(LoadVerbs(files.verbs, &d->verbs));
  for (const std::string& f : files.actors) FL_RETURN_IF_ERROR(LoadActors(f, &d->actors));
  for (const std::string& f : files.agents) FL_RETURN_IF_ERROR(LoadAgents(f, &d->agents));
  for (const std::string& f : files.discards) FL_RETURN_IF_ERROR(LoadDiscards(f, &d->discards));
  for (const std::string& f : files.issues) FL_RETURN_IF_ERROR(LoadIssues(f, &d->issues));
  if (!files.ontology.empty()) FL_RETURN_IF_ERROR(d->ontology.Load(files.ontology));
  return Status::Ok();
}

}  // namespace faultline::petrarch
