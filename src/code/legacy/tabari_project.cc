#include "code/legacy/tabari_project.h"

#include <algorithm>
#include <filesystem>

#include "code/legacy/tabari_readers.h"

namespace faultline::tabari {

namespace fs = std::filesystem;

namespace {

bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::vector<std::string> FilesWith(const std::string& dir, const std::string& suffix) {
  std::vector<std::string> out;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (entry.is_regular_file() && EndsWith(entry.path().filename().string(), suffix)) {
      out.push_back(entry.path().string());
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

// The project naming the most dictionaries that exist.
bool BestProject(const std::string& dir, TabariProject* best) {
  size_t most = 0;
  bool found = false;
  for (const std::string& path : FilesWith(dir, ".project")) {
    TabariProject p;
    if (!ReadTabariProject(path, &p).ok()) continue;
    bool all = true;
    for (const auto& d : p.dictionaries) all = all && fs::exists(d.path);
    if (all && (!found || p.dictionaries.size() > most)) {
      *best = p;
      most = p.dictionaries.size();
      found = true;
    }
  }
  return found;
}

}  // namespace

Status LoadTabariProject(const TabariProject& project, TabariSetup* setup) {
  setup->dict = std::make_unique<Dictionary>();
  setup->options = TabariOptions();
  setup->project = project;
  if (!project.options.empty()) {
    FL_RETURN_IF_ERROR(ReadTabariOptions(project.options, &setup->options, &setup->dict->codes()));
  }
  for (const auto& d : project.dictionaries) {
    switch (d.kind) {
      case TabariProject::Dict::Kind::kActors:
        FL_RETURN_IF_ERROR(ReadTabariActors(d.path, setup->dict.get(), &setup->warnings));
        break;
      case TabariProject::Dict::Kind::kAgents:
        FL_RETURN_IF_ERROR(ReadTabariAgents(d.path, setup->dict.get(), &setup->warnings));
        break;
      case TabariProject::Dict::Kind::kVerbs:
        FL_RETURN_IF_ERROR(ReadTabariVerbs(d.path, setup->dict.get(), &setup->warnings));
        break;
    }
  }
  // As in TABARI, a <TIME> list in the verbs turns time shifting on after the options.
  if (setup->dict->has_time_list) setup->options.time_shift = true;
  return Status::Ok();
}

bool IsTabariDirectory(const std::string& dir) {
  if (!FilesWith(dir, ".project").empty()) {
    TabariProject p;
    if (BestProject(dir, &p)) return true;
  }
  return !FilesWith(dir, ".verbs").empty() && !FilesWith(dir, ".actors").empty();
}

Status LoadTabariDirectory(const std::string& dir, TabariSetup* setup) {
  TabariProject project;
  if (!BestProject(dir, &project)) {
    project.dir = dir;
    for (const std::string& f : FilesWith(dir, ".actors")) {
      project.dictionaries.push_back({TabariProject::Dict::Kind::kActors, f});
    }
    for (const std::string& f : FilesWith(dir, ".verbs")) {
      project.dictionaries.push_back({TabariProject::Dict::Kind::kVerbs, f});
    }
    for (const std::string& f : FilesWith(dir, ".agents")) {
      project.dictionaries.push_back({TabariProject::Dict::Kind::kAgents, f});
    }
    std::vector<std::string> options = FilesWith(dir, ".options");
    if (!options.empty()) project.options = options.front();
    if (project.dictionaries.empty()) {
      return Status::NotFound(dir + ": no TABARI .project, .actors or .verbs files");
    }
  }
  return LoadTabariProject(project, setup);
}

Status FindTabariProject(const std::string& path, TabariProject* project) {
  if (EndsWith(path, ".project")) return ReadTabariProject(path, project);
  const fs::path p(path);
  const std::string dir = p.has_parent_path() ? p.parent_path().string() : ".";
  for (const std::string& candidate : FilesWith(dir, ".project")) {
    TabariProject tp;
    if (!ReadTabariProject(candidate, &tp).ok()) continue;
    for (const std::string& text : tp.texts) {
      std::error_code ec;
      if (fs::equivalent(text, path, ec)) {
        *project = tp;
        return Status::Ok();
      }
    }
  }
  if (BestProject(dir, project)) {
    project->texts = {path};
    return Status::Ok();
  }
  return Status::NotFound("no TABARI .project beside " + path);
}

}  // namespace faultline::tabari
