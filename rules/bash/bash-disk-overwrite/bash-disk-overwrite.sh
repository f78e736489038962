#!/bin/bash
# RUN: %blastradius test %s
set -euo pipefail

# ruleid: bash-disk-overwrite
mkfs.ext4 /dev/xvdf
# ruleid: bash-disk-overwrite
sudo mkfs -t xfs "$DEVICE"
# ruleid: bash-disk-overwrite
mkswap /dev/nvme1n1
# ruleid: bash-disk-overwrite
wipefs -a /dev/sdb
# ruleid: bash-disk-overwrite
dd if=/dev/zero of=/dev/sda bs=1M count=100
# ruleid: bash-disk-overwrite
sudo dd if=image.iso of="/dev/$DISK" status=progress
format_disk() {
  # ruleid: bash-disk-overwrite
  mkfs.xfs -f "$1"
}
# ruleid: bash-disk-overwrite
bash -c 'dd if=/dev/urandom of=/dev/nvme0n1'

# Near misses: files, the null device, reading from devices, listing.
# ok: bash-disk-overwrite
dd if=/dev/zero of=./disk.img bs=1M count=64
# ok: bash-disk-overwrite
dd if=/dev/sda of=backup.img
# ok: bash-disk-overwrite
dd if=big.log of=/dev/null
# ok: bash-disk-overwrite
dd if=header.bin of=/dev/stdout bs=512 count=1
# ok: bash-disk-overwrite
wipefs /dev/sdb
# ok: bash-disk-overwrite
lsblk -f /dev/sdb
# ok: bash-disk-overwrite
echo "mkfs.ext4 /dev/xvdf"
# ok: bash-disk-overwrite
mkfs_if_empty() { blkid "$1" || true; }
# ok: bash-disk-overwrite
mkfs_if_empty /dev/xvdf
# mkfs.ext4 /dev/xvdf
# ok: bash-disk-overwrite
cat >README <<'EOT'
dd if=/dev/zero of=/dev/sda
EOT
