#include "Process.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace blastradius {

ProcessResult runProcess(const std::vector<std::string> &Argv, const std::string &WorkingDirectory,
                         const std::vector<std::string> &ExtraEnvironment, const std::string *Input,
                         unsigned TimeoutSeconds) {
  ProcessResult Result;
  // A child that exits before reading all of its input must not kill this process with SIGPIPE:
  // the write fails with EPIPE instead.
  if (Input) {
    static const bool Ignored = (signal(SIGPIPE, SIG_IGN), true);
    (void)Ignored;
  }
  int Out[2], Err[2], In[2] = {-1, -1};
  if (pipe2(Out, O_CLOEXEC) != 0)
    return Result.StartError = std::strerror(errno), Result;
  if (pipe2(Err, O_CLOEXEC) != 0 || (Input && pipe2(In, O_CLOEXEC) != 0)) {
    close(Out[0]);
    close(Out[1]);
    return Result.StartError = std::strerror(errno), Result;
  }

  posix_spawn_file_actions_t Actions;
  posix_spawn_file_actions_init(&Actions);
  if (Input)
    posix_spawn_file_actions_adddup2(&Actions, In[0], 0);
  else
    posix_spawn_file_actions_addopen(&Actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_adddup2(&Actions, Out[1], 1);
  posix_spawn_file_actions_adddup2(&Actions, Err[1], 2);
  if (!WorkingDirectory.empty())
    posix_spawn_file_actions_addchdir_np(&Actions, WorkingDirectory.c_str());

  std::vector<char *> Args;
  for (const std::string &Arg : Argv)
    Args.push_back(const_cast<char *>(Arg.c_str()));
  Args.push_back(nullptr);

  std::vector<char *> Environment;
  // An extra entry replaces the inherited one of the same name (getenv finds the first).
  auto Overridden = [&](const char *Entry) {
    for (const std::string &Extra : ExtraEnvironment) {
      size_t Equals = Extra.find('=');
      if (Equals != std::string::npos && std::strncmp(Entry, Extra.c_str(), Equals + 1) == 0)
        return true;
    }
    return false;
  };
  for (char **Entry = environ; *Entry; ++Entry)
    if (!Overridden(*Entry))
      Environment.push_back(*Entry);
  for (const std::string &Entry : ExtraEnvironment)
    Environment.push_back(const_cast<char *>(Entry.c_str()));
  Environment.push_back(nullptr);

  pid_t Child = 0;
  int SpawnError = posix_spawnp(&Child, Args[0], &Actions, nullptr, Args.data(), Environment.data());
  posix_spawn_file_actions_destroy(&Actions);
  close(Out[1]);
  close(Err[1]);
  if (Input) {
    close(In[0]);
    // Written between reads (poll below), so that a child that answers as it reads cannot block.
    fcntl(In[1], F_SETFL, O_NONBLOCK);
  }
  if (SpawnError != 0) {
    close(Out[0]);
    close(Err[0]);
    if (Input)
      close(In[1]);
    Result.StartError = std::string("cannot run ") + Argv[0] + ": " + std::strerror(SpawnError);
    return Result;
  }

  // Drain both pipes together so that neither fills up and blocks the child.
  pollfd Fds[3] = {{Out[0], POLLIN, 0}, {Err[0], POLLIN, 0}, {Input ? In[1] : -1, POLLOUT, 0}};
  std::string *Sinks[2] = {&Result.Stdout, &Result.Stderr};
  size_t Written = 0;
  if (Input && Input->empty()) {
    close(In[1]);
    Fds[2].fd = -1;
  }
  int Open = 2;
  char Buffer[65536];
  auto Deadline = std::chrono::steady_clock::now() + std::chrono::seconds(TimeoutSeconds);
  while (Open > 0) {
    int Wait = -1;
    if (TimeoutSeconds > 0) {
      auto Left = std::chrono::duration_cast<std::chrono::milliseconds>(Deadline - std::chrono::steady_clock::now());
      if (Left.count() <= 0) {
        kill(Child, SIGKILL);
        Result.TimedOut = true;
        for (pollfd &Fd : Fds)
          if (Fd.fd >= 0)
            close(Fd.fd);
        Fds[2].fd = -1;
        break;
      }
      Wait = static_cast<int>(std::min<long long>(Left.count(), 60000));
    }
    int Ready = poll(Fds, 3, Wait);
    if (Ready < 0) {
      if (errno == EINTR)
        continue;
      break;
    }
    if (Ready == 0)
      continue;
    if (Fds[2].fd >= 0 && (Fds[2].revents & (POLLOUT | POLLERR | POLLHUP))) {
      ssize_t Sent = write(Fds[2].fd, Input->data() + Written, Input->size() - Written);
      if (Sent > 0)
        Written += static_cast<size_t>(Sent);
      if ((Sent < 0 && errno != EAGAIN && errno != EINTR) || Written == Input->size()) {
        close(Fds[2].fd);
        Fds[2].fd = -1;
      }
    }
    for (int I = 0; I < 2; ++I) {
      if (Fds[I].fd < 0 || !(Fds[I].revents & (POLLIN | POLLHUP | POLLERR)))
        continue;
      ssize_t Read = read(Fds[I].fd, Buffer, sizeof(Buffer));
      if (Read > 0) {
        Sinks[I]->append(Buffer, static_cast<size_t>(Read));
      } else if (Read == 0 || errno != EINTR) {
        close(Fds[I].fd);
        Fds[I].fd = -1;
        --Open;
      }
    }
  }
  if (Fds[2].fd >= 0)
    close(Fds[2].fd);
  int Status = 0;
  while (waitpid(Child, &Status, 0) < 0 && errno == EINTR) {
  }
  Result.ExitCode = WIFEXITED(Status) ? WEXITSTATUS(Status) : -1;
  return Result;
}

} // namespace blastradius
