// One finding of each remaining check, so that the comparison covers every check.
#include <aws/s3/S3Client.h>
#include <filesystem>
#include <system_error>

namespace fs = std::filesystem;

void cleanCache(const fs::path &Dir) {
  fs::remove_all(Dir);                       // blastradius-unvalidated-filesystem-delete
}

void resetScratch(const fs::path &Scratch) {
  if (Scratch.empty())
    return;
  fs::remove_all(Scratch);                   // blastradius-delete-then-recreate
  fs::create_directories(Scratch);
}

void dropBucket(const Aws::S3::S3Client &Client, const Aws::String &Name) {
  Aws::S3::Model::DeleteBucketRequest Request;
  Request.SetBucket(Name);
  Client.DeleteBucket(Request);              // blastradius-cloud-delete-unguarded
}

bool tryRemove(const fs::path &Lock) {
  std::error_code Ec;
  if (Lock.empty())
    return false;
  fs::remove(Lock, Ec);                      // blastradius-ignored-error-code
  try {
    fs::remove(Lock);
  } catch (...) {                            // blastradius-swallowed-exception
  }
  try {
    fs::remove(Lock);
  } catch (...) {
    // blastradius-ignore[blastradius-swallowed-exception]: the lock may already be gone
  }
  return true;
}
