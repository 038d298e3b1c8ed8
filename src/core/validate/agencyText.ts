import { fold } from '../text';

/**
 * Words an agency name starts with ("Chi bộ …", "Đảng ủy …", "Sở …", "UBND tỉnh"): enough to tell
 * an agency typed into the time column from a time phrase, with or without a catalogue.
 */
const AGENCY_START =
  /^(cac )?(chi bo|dang uy|dang bo|so |ban |uy ban|ubnd|hdnd|bo |van phong|cong an|hoi dong|co quan|tinh uy|thanh uy|huyen uy|trung tam|chi cuc|cuc |mat tran|hoi |doan |lien doan|quan su|bo chi huy|toa an|vien kiem sat|kho bac|thanh tra|ngan hang|bao |dai |phong |to cong tac|tieu ban|truong |benh vien|chi nhanh)/;

export function looksLikeAgency(text: string): boolean {
  return AGENCY_START.test(fold(text));
}
