resource "google_bigtable_instance" "x" {
  name = "x"
}
