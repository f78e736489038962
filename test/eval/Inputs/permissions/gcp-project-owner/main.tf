resource "google_project_iam_member" "m" {
  project = "p"
  role    = "roles/owner"
  member  = "user:a@example.com"
}
