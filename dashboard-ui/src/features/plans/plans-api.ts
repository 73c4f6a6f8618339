import { callApi, type ApiBody, type ApiResponse } from '../../app/api';

export type Plan = ApiResponse<'/api/v1/plans/{id}', 'get'>;
export type PlanInput = ApiBody<'/api/v1/plans', 'post'>;
export type PlanPatch = ApiBody<'/api/v1/plans/{id}', 'patch'>;
export type Usage = ApiResponse<'/api/v1/clients/{id}/usage', 'get'>;

export function listPlans(signal?: AbortSignal) {
  return callApi('get', '/api/v1/plans', { query: { limit: 200, offset: 0 }, signal });
}

export function createPlan(input: PlanInput): Promise<Plan> {
  return callApi('post', '/api/v1/plans', { body: input });
}

export function updatePlan(id: string, patch: PlanPatch): Promise<Plan> {
  return callApi('patch', '/api/v1/plans/{id}', { params: { id }, body: patch });
}

export function deletePlan(id: string): Promise<void> {
  return callApi('delete', '/api/v1/plans/{id}', { params: { id } }) as Promise<void>;
}

export function getUsage(clientId: string, month: string, signal?: AbortSignal): Promise<Usage> {
  return callApi('get', '/api/v1/clients/{id}/usage', { params: { id: clientId }, query: { month }, signal });
}
