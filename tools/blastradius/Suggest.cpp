// Closest-name suggestions for mistyped subcommands and flags (see Suggest.h).
#include "Suggest.h"

#include <algorithm>

namespace blastradius::tools {

namespace {

size_t editDistance(const std::string &A, const std::string &B) {
  // Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps.
  std::vector<std::vector<size_t>> D(A.size() + 1, std::vector<size_t>(B.size() + 1));
  for (size_t I = 0; I <= A.size(); ++I)
    D[I][0] = I;
  for (size_t J = 0; J <= B.size(); ++J)
    D[0][J] = J;
  for (size_t I = 1; I <= A.size(); ++I)
    for (size_t J = 1; J <= B.size(); ++J) {
      size_t Cost = A[I - 1] == B[J - 1] ? 0 : 1;
      D[I][J] = std::min({D[I - 1][J] + 1, D[I][J - 1] + 1, D[I - 1][J - 1] + Cost});
      if (I > 1 && J > 1 && A[I - 1] == B[J - 2] && A[I - 2] == B[J - 1])
        D[I][J] = std::min(D[I][J], D[I - 2][J - 2] + 1);
    }
  return D[A.size()][B.size()];
}

} // namespace

std::string closestName(const std::string &Typed, const std::vector<std::string> &Candidates) {
  if (Typed.empty() || Typed.size() > 200)
    return "";
  std::string Best;
  size_t BestDistance = static_cast<size_t>(-1);
  for (const std::string &Candidate : Candidates) {
    size_t Distance = editDistance(Typed, Candidate);
    // A unique-looking prefix ("--form" for "--format") counts as close.
    if (Typed.size() >= 4 && Candidate.rfind(Typed, 0) == 0)
      Distance = std::min<size_t>(Distance, 1);
    if (Distance < BestDistance) {
      BestDistance = Distance;
      Best = Candidate;
    }
  }
  size_t Allowed = std::max<size_t>(2, std::max(Typed.size(), Best.size()) / 3);
  return BestDistance <= Allowed ? Best : "";
}

} // namespace blastradius::tools
