resource "google_bigquery_table" "x" {
  name = "x"
}
