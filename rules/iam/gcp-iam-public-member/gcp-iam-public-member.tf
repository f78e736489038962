# RUN: %blastradius test %s

resource "google_storage_bucket_iam_member" "public_read" {
  bucket = google_storage_bucket.site.name
  role   = "roles/storage.objectViewer"
  # ruleid: gcp-iam-public-member
  member = "allUsers"
}

resource "google_cloudfunctions_function_iam_binding" "invokers" {
  cloud_function = google_cloudfunctions_function.api.name
  role           = "roles/cloudfunctions.invoker"
  members = [
    "serviceAccount:scheduler@my-project.iam.gserviceaccount.com",
    # ruleid: gcp-iam-public-member
    "allAuthenticatedUsers",
  ]
}

resource "google_bigquery_dataset_iam_member" "open" {
  dataset_id = google_bigquery_dataset.events.dataset_id
  role       = "roles/bigquery.dataViewer"
  # ruleid: gcp-iam-public-member
  member     = "allAuthenticatedUsers"
}

data "google_iam_policy" "public" {
  binding {
    role = "roles/run.invoker"
    # ruleid: gcp-iam-public-member
    members = ["allUsers"]
  }
  binding {
    role = "roles/run.invoker"
    # ok: gcp-iam-public-member
    members = ["domain:example.com"]
  }
}

# --- near misses --------------------------------------------------------------------------------

resource "google_storage_bucket_iam_member" "group" {
  bucket = google_storage_bucket.site.name
  role   = "roles/storage.objectViewer"
  # ok: gcp-iam-public-member
  member = "group:allusers@example.com"
}

resource "google_storage_bucket_iam_member" "from_variable" {
  bucket = google_storage_bucket.site.name
  role   = "roles/storage.objectViewer"
  # ok: gcp-iam-public-member
  member = var.member
}

resource "google_iam_deny_policy" "no_public" {
  parent = urlencode("cloudresourcemanager.googleapis.com/projects/${var.project}")
  name   = "deny-public"
  rules {
    deny_rule {
      # A deny policy that names the public is the opposite of a grant.
      # ok: gcp-iam-public-member
      denied_principals = ["principalSet://goog/public:all"]
      denied_permissions = ["storage.googleapis.com/objects.get"]
    }
  }
}

resource "google_storage_bucket" "labels" {
  name     = "site"
  location = "EU"
  # ok: gcp-iam-public-member
  labels = { member = "allUsers" }
}
