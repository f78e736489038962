resource "google_project_iam_member" "m" {
  project = "p"
  role    = "roles/viewer"
  member  = "user:a@example.com"
}
