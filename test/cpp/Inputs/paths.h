#include <filesystem>
#include <string>

inline void wipe(const std::string &Dir) { std::filesystem::remove_all(Dir); }
